"""Evidence documents: files copied into the data folder, addressed by their SHA-256, with one
``document`` row per workspace and file (adding the same file twice returns the first row).
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import uuid
from pathlib import Path

from sqlalchemy import select

from mainstream_desktop.core.dto import DocumentInfo
from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import error
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.workspace import Document

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024


class DocumentService:
    def __init__(self, uow_factory: UnitOfWorkFactory, documents_dir: Path) -> None:
        self._uow = uow_factory
        self._dir = documents_dir

    def add(self, workspace_code: str, source: Path, title: str = "", doc_type: str = "OTHER") -> DocumentInfo:
        if not source.is_file():
            raise InvalidInput([error("file", "not_a_file", QT_TRANSLATE_NOOP(
                CONTEXT, "{path} is not a readable file."), path=str(source))])
        size = source.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InvalidInput([error("file", "too_large", QT_TRANSLATE_NOOP(
                CONTEXT, "{path} is larger than {limit} MB."), path=str(source),
                limit=MAX_DOCUMENT_BYTES // (1024 * 1024))])
        digest = _sha256(source)
        stored = self.path_for(digest)
        if not stored.exists():
            stored.parent.mkdir(parents=True, exist_ok=True)
            partial = stored.with_suffix(".partial")
            shutil.copyfile(source, partial)
            partial.replace(stored)
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            existing = uow.session.scalars(
                select(Document).where(Document.workspace_id == workspace.id, Document.sha256 == digest)
            ).first()
            if existing is not None:
                return _info(existing)
            document = Document(
                workspace_id=workspace.id, title=title.strip() or source.name, doc_type=doc_type,
                file_name=source.name, mime_type=mimetypes.guess_type(source.name)[0] or "",
                size_bytes=size, sha256=digest,
            )
            uow.session.add(document)
            uow.session.flush()
            return _info(document)

    def get(self, document_id: str) -> DocumentInfo:
        with self._uow() as uow:
            document = uow.session.get(Document, uuid.UUID(document_id))
            if document is None:
                raise NotFound(f"document {document_id} does not exist")
            return _info(document)

    def path_for(self, sha256: str) -> Path:
        return self._dir / sha256[:2] / sha256


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(str(document.id), document.title, document.file_name, document.size_bytes,
                        document.sha256)
