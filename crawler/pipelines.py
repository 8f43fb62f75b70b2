"""Item pipeline: append each fetched page to the spool that ``repwatch.run`` reads."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class SpoolPipeline:
    """Bodies are written once under ``bodies/<sha256>``; metadata goes to ``pages.jsonl``."""

    def __init__(self, spool: Path) -> None:
        self.spool = spool
        (spool / "bodies").mkdir(parents=True, exist_ok=True)
        self.index = open(spool / "pages.jsonl", "a", encoding="utf-8")  # noqa: SIM115

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SpoolPipeline:
        spool = crawler.settings.get("REPWATCH_SPOOL")
        if not spool:
            raise NotConfigured("REPWATCH_SPOOL is not set")
        pipeline = cls(Path(spool))
        from scrapy import signals

        crawler.signals.connect(pipeline.close, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        body: bytes = item.pop("body", b"") or b""
        sha = hashlib.sha256(body).hexdigest()
        item["sha256"] = sha
        if body:
            path = self.spool / "bodies" / sha
            if not path.exists():
                tmp = path.with_name(f".{sha}.tmp")
                tmp.write_bytes(body)
                os.replace(tmp, path)
            item["body_path"] = str(path)
        else:
            item["body_path"] = None
        self.index.write(json.dumps(item, ensure_ascii=False) + "\n")
        self.index.flush()
        return item

    def close(self) -> None:
        self.index.close()
