# Worker Callbacks: `callbacks serve` on a slim Python image, as a non-root user.
# Build: docker build -t worker-callbacks .
# Run:   docker run -e CALLBACKS_SECRET_KEY=... -e CALLBACKS_DATABASE_URL=postgresql://... -p 8080:8080 worker-callbacks
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY conversations ./conversations
COPY locales ./locales
COPY storage ./storage
RUN pip install . && useradd --create-home --uid 10001 callbacks

USER callbacks
WORKDIR /home/callbacks
# The word lists compiled once into the image (~/.cache/worker-callbacks), so a new container starts in a second.
RUN python -c "from bot.i18n import default_locales; default_locales()"
ENV CALLBACKS_DATABASE_URL=sqlite:////home/callbacks/callbacks.db
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health')" || exit 1
# Migrate, then serve web + dispatcher + scheduler. With PostgreSQL, run `callbacks db upgrade` once as a job
# instead and start several containers with `--role web` / `--role worker`.
CMD ["sh", "-c", "callbacks db upgrade && exec callbacks serve --host 0.0.0.0 --port 8080"]
