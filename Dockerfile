# filmbot: the Discord bot with its index on a volume.
#
#   docker build -t filmbot .
#   docker run -d --name filmbot --env-file .env -v filmbot-data:/data filmbot
#
# torch comes from the PyTorch CPU index (no CUDA, ~200 MB instead of GBs), or from a wheel you put
# in ./wheels/ (offline builds): torch-2.13.0+cpu-cp311-*.whl.
FROM python:3.11-slim

ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false \
    FILMBOT_DATA_DIR=/data \
    FILMBOT_CORPUS=/app/corpus

WORKDIR /app

# Dependencies first, so code changes don't reinstall them. `wheel[s]` may match nothing: the
# build still works without a local wheels/ directory.
COPY requirements.lock wheel[s] /tmp/build/
RUN set -eux; \
    if ls /tmp/build/torch-*.whl >/dev/null 2>&1; then \
        pip install --no-index --find-links /tmp/build "torch==${TORCH_VERSION}"; \
    else \
        pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"; \
    fi; \
    grep -v -E '^(torch|pytest|pytest-asyncio|hypothesis|simcord|ruff|mypy|mypy_extensions|librt|ast_serialize|iniconfig|pluggy|pathspec)==' \
        /tmp/build/requirements.lock > /tmp/build/runtime.lock; \
    pip install -r /tmp/build/runtime.lock; \
    rm -rf /tmp/build

COPY pyproject.toml README.m[d] ./
COPY index ./index
COPY bot ./bot
COPY filmbot ./filmbot
COPY corpus ./corpus
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 filmbot \
    && mkdir -p /data \
    && chown filmbot:filmbot /data

USER filmbot
VOLUME ["/data"]

# At start: export the model to ONNX and build the index when they are missing or stale (both are
# quick no-ops when up to date), then run the bot. Mount your own corpus over /app/corpus (or set
# FILMBOT_CORPUS) to index other reviews.
CMD ["sh", "-c", "filmbot model export && filmbot index build && exec filmbot bot"]
