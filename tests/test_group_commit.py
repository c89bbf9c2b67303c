"""Group commit: items handed in together share a write, and one bad item fails alone."""

from __future__ import annotations

import asyncio

import pytest

from bot.group_commit import GroupCommit


class Refused(Exception):
    pass


class Unavailable(Exception):
    pass


async def test_items_handed_in_together_share_one_write_and_each_gets_its_own_result() -> None:
    writes: list[list[int]] = []

    async def write(items: list[int]) -> list[int]:
        writes.append(items)
        await asyncio.sleep(0)
        return [item * 10 for item in items]

    commit: GroupCommit[int, int] = GroupCommit(write)
    results = await asyncio.gather(*(commit.submit(i) for i in range(50)))
    await commit.close()
    assert results == [i * 10 for i in range(50)]
    assert len(writes) < 5 and sorted(i for batch in writes for i in batch) == list(range(50))


async def test_one_refused_item_fails_alone_and_the_others_are_written() -> None:
    written: list[int] = []

    async def write(items: list[int]) -> list[int]:
        if 13 in items:
            raise Refused("13")
        written.extend(items)
        return items

    commit: GroupCommit[int, int] = GroupCommit(
        write, apart=lambda error: isinstance(error, Refused), alone=lambda error: ValueError("refused alone")
    )
    results = await asyncio.gather(*(commit.submit(i) for i in range(20)), return_exceptions=True)
    await commit.close()
    assert [r for r in results if isinstance(r, BaseException)] == [results[13]]
    assert isinstance(results[13], ValueError)
    assert sorted(written) == [i for i in range(20) if i != 13]


async def test_an_unavailable_database_fails_the_whole_batch_without_retrying_apart() -> None:
    calls = 0

    async def write(items: list[int]) -> list[int]:
        nonlocal calls
        calls += 1
        raise Unavailable()

    commit: GroupCommit[int, int] = GroupCommit(write, apart=lambda error: isinstance(error, Refused))
    results = await asyncio.gather(*(commit.submit(i) for i in range(10)), return_exceptions=True)
    await commit.close()
    assert all(isinstance(r, Unavailable) for r in results) and calls < 10
    alone: GroupCommit[int, int] = GroupCommit(write)  # by default every error is tried apart; alone, it is raised
    with pytest.raises(Unavailable):
        await alone.submit(1)
    await alone.close()
