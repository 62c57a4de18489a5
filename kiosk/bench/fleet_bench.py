"""``kiosk bench --only fleet``: a hall of 20 kiosks updating from one nginx pack source.

Twenty headless kiosks (the kiosk's own updater and status code, each with
its own data folder and SQLite database, on threads: ``kiosk.fleet.drill``)
poll a real nginx on loopback every 2 s.  Measured:

- from the start of a publish to the moment all 20 run it (twice: the
  first pack with a photo, then a one-word correction, the usual case);
- download throughput while the 20 fetch the pack at once;
- what a poll costs: the index's size, one index request's time at the
  server, the kiosk's whole "up to date" poll (request, signature check,
  settings), and the requests per second the 20 make;
- visitor statistics: one kiosk's busy day (1,000 SYNTHETIC sessions) sent
  to the office database (here the office's SQLite file) in batches, its
  size as batch files, and the hall's summary read back from the office.

The pack holds the default content plus an incompressible 2 MB photo
(1 MB with ``--quick``), like a record with a real picture.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.bench.report import Row, summarise
from kiosk.content.change.importer import apply_content
from kiosk.content.change.transfers import saved_content
from kiosk.content.database import open_database
from kiosk.content.formats.schema import ContentSet, Translation
from kiosk.content.formats.signing import generate_keys, read_public_key
from kiosk.fleet.drill import FleetDrill, prepared_database
from kiosk.fleet.index import INDEX_NAME
from kiosk.fleet.publish import publish
from kiosk.fleet.source import HttpSource
from kiosk.fleet.statistics import send_statistics
from kiosk.fleet.webserver import Nginx
from kiosk.stats.office import OfficeReports
from kiosk.stats.outbox import next_batch, to_json
from kiosk.stats.queries import Filter
from kiosk.stats.recorder import kiosk_identity
from kiosk.stats.store import open_store, stats_path
from kiosk.stats.synthetic import BusyKiosk

KIOSKS, POLL_S = 20, 2
TARGET_S = POLL_S + 30  # the bound: one poll interval plus 30 s


def _edit(office, title: str, media: tuple[str, Path] | None = None) -> None:
    """A staff correction in the office: one manufacturer's English title (and its photo)."""
    content = saved_content(office)
    records = {}
    for kind, items in content.records.items():
        records[kind] = []
        for record in items:
            if kind == "manufacturer" and record.slug == "haier-group":
                text = dict(record.text)
                text["title"] = {**text["title"], "en": Translation(text=title, verified=True)}
                update: dict[str, Any] = {"text": text}
                if media:
                    update["media"] = media[0]
                record = record.model_copy(update=update)
            records[kind].append(record)
    apply_content(office, ContentSet(meta=content.meta, records=records), actor="editor", action="edit",
                  media=dict([media]) if media else None)


def _round(drill: FleetDrill, office, source: Path, key: Path, title: str, media=None) -> dict[str, Any]:
    """Edit, publish, wait for all 20: the seconds, the pack size, the downloads of this round."""
    for kiosk in drill.kiosks:
        kiosk.updater.downloads.clear()
    _edit(office, title, media)
    start = time.monotonic()
    published = publish(office, source, key=key)
    publish_s = time.monotonic() - start
    release = published.index.release
    waited = drill.wait(lambda k: release in k.applied_at, TARGET_S * 3)
    downloads = [d for k in drill.kiosks for d in k.updater.downloads]
    out: dict[str, Any] = {"release": release, "pack_bytes": published.index.size, "publish_s": publish_s,
                           "all_applied_s": None if waited is None else max(k.applied_at[release] for k in drill.kiosks) - start,
                           "applied": sum(1 for k in drill.kiosks if release in k.applied_at)}
    if downloads:
        span = max(d[1] for d in downloads) - min(d[0] for d in downloads)
        total = sum(d[2] for d in downloads)
        out.update(downloads=len(downloads), bytes=total, aggregate_mb_s=total / 1e6 / max(span, 1e-6),
                   per_kiosk_mb_s=summarise(d[2] / 1e6 / max(d[1] - d[0], 1e-6) for d in downloads).median)
    return out


def _poll_cost(drill: FleetDrill, server: Nginx, window_s: float) -> dict[str, Any]:
    """Requests per second the hall makes, one index request's time, one kiosk's up-to-date poll."""
    before, start = server.requests(INDEX_NAME), time.monotonic()
    time.sleep(window_s)  # the hall polling on its own schedule: count what reaches the server
    rate = (server.requests(INDEX_NAME) - before) / (time.monotonic() - start)
    drill.stop()
    source = HttpSource(server.url)
    requests = []
    for _ in range(200):
        t0 = time.perf_counter()
        source.read_index()
        requests.append((time.perf_counter() - t0) * 1000)
    updater = drill.kiosks[0].updater
    polls = []
    for _ in range(50):
        t0 = time.perf_counter()
        result = updater.poll()
        polls.append((time.perf_counter() - t0) * 1000)
    if result.kind != "up-to-date":
        raise RuntimeError(f"the kiosk was not up to date when its poll was timed: {result.text}")
    req, poll = summarise(requests), summarise(polls)
    return {"index_bytes": len(source.read_index()), "requests_per_s": rate, "request_ms_p50": req.median,
            "request_ms_p95": req.p95, "poll_ms_p50": poll.median, "poll_ms_p95": poll.p95}


def _statistics_cost(drill: FleetDrill, office) -> dict[str, Any]:
    """One kiosk's busy day sent to the office database, its size as files, the hall's summary read back."""
    kiosk = drill.kiosks[0]
    settings = kiosk.updater.settings
    uid, name = kiosk_identity(settings)
    day = date.today()
    store = open_store(stats_path(kiosk.db.data_dir))
    try:
        sessions = store.write_sessions(store.ensure_kiosk(uid, name), BusyKiosk(seed=7, per_day=1000).day(day))
        as_file = len(json.dumps(to_json(next_batch(store, uid, "size only")), separators=(",", ":")).encode())
    finally:
        store.close()
    settings.set("fleet.office_url", office.url)
    start = time.perf_counter()
    sent = send_statistics(kiosk.db.data_dir, settings)
    send_s = time.perf_counter() - start
    if sent is None or sent.problem or sent.sessions != sessions:
        raise RuntimeError(f"the statistics were not all sent: {sent}")
    start = time.perf_counter()
    summary = OfficeReports(office.engine).summary(Filter(day, day))
    read_ms = (time.perf_counter() - start) * 1000
    if summary["sessions"] != sessions:
        raise RuntimeError(f"the office counts {summary['sessions']} sessions, the kiosk sent {sessions}")
    return {"sessions": sessions, "batches": sent.batches, "send_s": send_s, "file_bytes": as_file,
            "summary_ms": read_ms}


def measure(workdir: Path, quick: bool = False, say=print) -> dict[str, Any]:
    """The fleet figures (see the module docstring)."""
    workdir = Path(workdir)
    source = workdir / "source"
    source.mkdir(parents=True, exist_ok=True)
    office_dir = workdir / "office"
    prepared_database(office_dir)
    office = open_database(None, office_dir)
    keys = generate_keys(workdir / "keys")
    photo = paths.media_dir(office_dir) / "hall-photo.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(os.urandom(1_000_000 if quick else 2_000_000))
    server = Nginx(source, workdir / "nginx")
    server.start()
    say(f"fleet: {KIOSKS} kiosks polling nginx every {POLL_S} s ...")
    drill = FleetDrill(workdir / "hall", KIOSKS, server.url, poll_seconds=POLL_S,
                       trusted_key=read_public_key(keys.public_key))
    try:
        drill.start()
        first = _round(drill, office, source, keys.private_key, "Published with a photo", ("hall-photo.jpg", photo))
        say(f"fleet: release 1 on all {first['applied']} kiosks after {first['all_applied_s'] or 0:.1f} s")
        second = _round(drill, office, source, keys.private_key, "A one-word correction")
        say(f"fleet: release 2 on all {second['applied']} kiosks after {second['all_applied_s'] or 0:.1f} s")
        cost = _poll_cost(drill, server, 6.0 if quick else 12.0)
        statistics = _statistics_cost(drill, office)
        say(f"fleet: a day of {statistics['sessions']} sessions sent to the office in {statistics['send_s']:.2f} s")
    finally:
        drill.close()
        server.stop()
        office.close()
    return {"kiosks": KIOSKS, "poll_s": POLL_S, "first": first, "second": second, "poll": cost, "statistics": statistics}


def rows(results: dict[str, Any] | None) -> list[Row]:
    """The fleet rows of the bench table."""
    if not results:
        return []
    out = []
    for label, r in (("first pack, with a 2 MB photo", results["first"]), ("a correction", results["second"])):
        took = r["all_applied_s"]
        out.append(Row(f"fleet: publish -> all {results['kiosks']} kiosks run it ({label}, {r['pack_bytes'] / 1e6:.1f} MB pack, "
                       f"poll {results['poll_s']} s)",
                       "NOT ALL" if took is None else f"{took:.1f} s (publish itself {r['publish_s']:.2f} s)",
                       f"<= {TARGET_S} s", took is not None and took <= TARGET_S))
    first = results["first"]
    if "aggregate_mb_s" in first:
        out.append(Row(f"fleet: download throughput, {first['downloads']} kiosks at once from nginx on loopback",
                       f"{first['aggregate_mb_s']:.0f} MB/s together, {first['per_kiosk_mb_s']:.1f} MB/s per kiosk (median)"))
    p = results["poll"]
    out.append(Row(f"fleet: a poll ({p['index_bytes']} B index; {results['kiosks']} kiosks every {results['poll_s']} s)",
                   f"request p50 {p['request_ms_p50']:.1f} / p95 {p['request_ms_p95']:.1f} ms; kiosk's up-to-date poll "
                   f"p50 {p['poll_ms_p50']:.1f} / p95 {p['poll_ms_p95']:.1f} ms; {p['requests_per_s']:.1f} requests/s at the server"))
    st = results.get("statistics")
    if st:
        out.append(Row(f"fleet: visitor statistics, a busy day of one kiosk ({st['sessions']} SYNTHETIC sessions) "
                       "to the office database (SQLite)",
                       f"sent in {st['send_s']:.2f} s ({st['batches']} batch(es)); {st['file_bytes'] / 1e3:.0f} kB as a "
                       f"batch file; the hall's summary read back in {st['summary_ms']:.0f} ms"))
    return out


def run_alone(quick: bool = False) -> dict[str, Any]:
    """The measure in a temporary folder (for a quick look from Python)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-fleet-bench-") as folder:
        return measure(Path(folder), quick)
