"""The script format: versioned data, validated on load, with errors that name the file and line.

A script is YAML (see ``conversations/scripts/default.yaml``). Texts are Fluent message ids, so one script
serves every language; option labels are the messages ``<text>-<value>`` (underscores become hyphens).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from conversations.vocabulary import Category, Severity

SPEC_VERSION = 1
GATE = "gate"
_ID = r"^[a-z][a-z0-9_]*$"


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    NUMBER = "number"
    OPEN = "open"


class AnswerAction(StrEnum):
    STOP = "stop"
    HANDOFF = "handoff"


YES_NO_VALUES = ("yes", "no")


class FlagRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    when: tuple[str, ...] = Field(min_length=1)
    category: Category
    severity: Severity


class Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    type: QuestionType
    text: str = Field(pattern=r"^[a-zA-Z][a-zA-Z0-9_-]*$")
    options: tuple[str, ...] = ()
    min: int = 0
    max: int = 999
    prefer_not_to_say: bool = True
    ask_if: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    flags: tuple[FlagRule, ...] = ()
    on_answer: dict[str, AnswerAction] = Field(default_factory=dict)

    @property
    def is_closed(self) -> bool:
        return self.type is not QuestionType.OPEN

    def values(self) -> tuple[str, ...]:
        """Every value an answer to this question can record, ``prefer_not`` included where allowed."""
        base: tuple[str, ...]
        match self.type:
            case QuestionType.YES_NO:
                base = YES_NO_VALUES
            case QuestionType.CHOICE:
                base = self.options
            case QuestionType.NUMBER | QuestionType.OPEN:
                base = ()
        return (*base, "prefer_not") if self.prefer_not_to_say else base

    def option_message(self, value: str) -> str:
        return f"{self.text}-{value.replace('_', '-')}"

    @field_validator("options")
    @classmethod
    def _option_ids(cls, options: tuple[str, ...]) -> tuple[str, ...]:
        for option in options:
            if not re.match(_ID, option):
                raise ValueError(f"option {option!r} must be lower-case letters, digits and underscores")
        if len(set(options)) != len(options):
            raise ValueError("options repeat")
        return options

    @model_validator(mode="after")
    def _shape(self) -> Question:
        if self.type is QuestionType.CHOICE and not 2 <= len(self.options) <= 8:
            raise ValueError("a choice question needs 2 to 8 options (9 means 'prefer not to say')")
        if self.type is not QuestionType.CHOICE and self.options:
            raise ValueError(f"a {self.type.value} question has no options")
        if self.min > self.max:
            raise ValueError("min is above max")
        if self.type in (QuestionType.NUMBER, QuestionType.OPEN):
            return self
        allowed = set(self.values())
        for index, rule in enumerate(self.flags):
            for value in rule.when:
                if value not in allowed:
                    raise LocatedError(("flags", index), f"{value!r} is not an answer to this question")
        for value in self.on_answer:
            if value not in allowed:
                raise LocatedError(("on_answer", value), f"{value!r} is not an answer to this question")
        return self


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    max_reprompts: int = Field(default=2, ge=0, le=5)
    reminders: int = Field(default=1, ge=0, le=5)
    expiry_days: float = Field(default=7, gt=0)
    settle_seconds: int = Field(default=20, ge=0, description="wait for more messages after an unclear reply")
    open_settle_seconds: int = Field(default=60, ge=0, description="wait for more messages in open questions")
    zero_means_stop: bool = True
    handoff_at: tuple[Severity, ...] = (Severity.P0, Severity.P1)


class Script(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    spec_version: Literal[1]
    name: str
    settings: Settings = Settings()
    questions: tuple[Question, ...]

    @model_validator(mode="after")
    def _references(self) -> Script:
        if not self.questions:
            raise LocatedError(("questions",), "a script needs at least one question")
        seen: dict[str, Question] = {}
        for index, question in enumerate(self.questions):
            here = ("questions", index)
            if question.id == GATE:
                raise LocatedError((*here, "id"), f"'{GATE}' is reserved for the safety gate")
            if question.id in seen:
                raise LocatedError((*here, "id"), f"question id {question.id!r} is used twice")
            for earlier, values in question.ask_if.items():
                if earlier not in seen:
                    raise LocatedError((*here, "ask_if", earlier), f"{earlier!r} is not an earlier question")
                unknown = set(values) - set(seen[earlier].values())
                if unknown:
                    raise LocatedError((*here, "ask_if", earlier), f"unknown answers {sorted(unknown)}")
            seen[question.id] = question
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def message_ids(self) -> Iterator[str]:
        """Every Fluent message the script itself names (question texts and option labels)."""
        for question in self.questions:
            yield question.text
            for option in question.options:
                yield question.option_message(option)


class LocatedError(ValueError):
    """A validation error that knows where in the document it belongs, relative to the model that raised it."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        self.path = path
        super().__init__(message)


class ScriptProblem(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ScriptError(ValueError):
    def __init__(self, problems: list[ScriptProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_script(text: str, filename: str = "<script>") -> Script:
    """Parse and validate a script; raise :class:`ScriptError` naming file and line of every problem."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ScriptError([ScriptProblem(file=filename, line=line, message=f"not valid YAML: {error}")]) from None
    if root is None:
        raise ScriptError([ScriptProblem(file=filename, line=1, message="the file is empty")])
    lines: dict[tuple[str | int, ...], int] = {}
    data = _plain(root, (), lines)
    try:
        return Script.model_validate(data)
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            path = tuple(detail["loc"])
            cause = detail.get("ctx", {}).get("error")
            if isinstance(cause, LocatedError):
                path = (*path, *cause.path)
            problems.append(
                ScriptProblem(file=filename, line=_nearest_line(path, lines), message=_describe(path, detail))
            )
        raise ScriptError(problems) from None


def _plain(node: yaml.Node, path: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]) -> Any:
    """YAML node to plain data, recording the line where each path starts."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _plain(value_node, (*path, key), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, (*path, i), lines) for i, item in enumerate(node.value)]
    return _scalar(node)


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: ``yes``/``no``/``on``/``off`` stay strings (answer values are called "yes" and "no")."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false|True|False|TRUE|FALSE)$"), None)


def _scalar(node: yaml.Node) -> Any:
    value = str(node.value)
    match node.tag.rsplit(":", 1)[-1]:
        case "int":
            return int(value.replace("_", ""), 0)
        case "float":
            return float(value.replace("_", ""))
        case "bool":
            return value.lower() == "true"
        case "null":
            return None
        case _:
            return value


def _nearest_line(path: tuple[str | int, ...], lines: Mapping[tuple[str | int, ...], int]) -> int:
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 1


def _describe(path: tuple[str | int, ...], detail: Mapping[str, Any]) -> str:
    where = ".".join(str(p) for p in path if not (isinstance(p, str) and p.startswith("function-")))
    message = str(detail["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
