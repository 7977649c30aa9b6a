"""Request schemas (pydantic v2): every JSON body is validated by one of these.

`parse_body(Model)` answers 400 `invalid_json` for a body that is not a JSON object,
400 `invalid_field` naming the first bad field (dotted path, e.g. `events.3.client_ts`)
otherwise. Unknown fields are refused too (a typo is better caught than ignored).
The same models give the OpenAPI document (server/openapi.py).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Literal

from flask import request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ApiError

FALLBACK_MAX_CODE = 64 * 1024
SYNC_MAX_EVENTS = 200
CODE_MAX = 64 * 1024

Username = Annotated[str, Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
Password = Annotated[str, Field(min_length=8, max_length=256)]
Status = Literal["not_started", "attempted", "done"]
Name = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class RegisterBody(Schema):
    username: Username
    password: Password
    role: Literal["learner", "teacher"] = "learner"


class LoginBody(Schema):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=256)]


class ClassBody(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)]

    @field_validator("name")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


class JoinBody(Schema):
    join_code: Annotated[str, Field(min_length=4, max_length=16, pattern=r"^[A-Za-z0-9-]+$")]


class SyncEventBody(Schema):
    id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
    pack: Name
    exercise: Name
    status: Status
    code: Annotated[str, Field(max_length=CODE_MAX)]
    attempts: Annotated[int, Field(ge=0, le=1_000_000)]
    client_ts: datetime

    @field_validator("client_ts")
    @classmethod
    def utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("must carry a time zone (ISO 8601 UTC, e.g. 2026-01-02T03:04:05.678Z)")
        return value.astimezone(timezone.utc).replace(tzinfo=None)


class SyncBody(Schema):
    events: Annotated[list[SyncEventBody], Field(max_length=SYNC_MAX_EVENTS)]


class FallbackBody(Schema):
    code: Annotated[str, Field(max_length=FALLBACK_MAX_CODE)]
    mode: Literal["run", "test"] = "run"


def parse_body(model: type[Schema]) -> Schema:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "invalid_json", "The request body must be a JSON object "
                       "(Content-Type: application/json).")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or None
        message = first["msg"]
        if first["type"] == "extra_forbidden":
            message = "unknown field"
        raise ApiError(400, "invalid_field", f"{field}: {message}" if field else message,
                       field=field) from None
