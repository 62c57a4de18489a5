"""``kiosk bench``: build the throwaway database, run every measure in its own process, report.

Order and concurrency (2 cores): measures whose figure is a *time*
(cold start, page switches, search, imports) run alone, one process at a
time.  The soak (memory drift, warnings, crashes) then runs next to the
idle-CPU and memory measures, whose figures are CPU seconds and resident
memory of their own process and do not depend on having a core to
themselves.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kiosk import __version__, paths
from kiosk.bench import access, report, speech_bench
from kiosk.bench.dataset import BenchDatabase, build_database

MEASURE_NAMES = ("cold", "pages", "search", "memory", "idle", "soak", "imports", "stats", "fleet", "speech")


@dataclass(frozen=True)
class Plan:
    """How much of each measure to run."""

    records: int = 10_000
    seed: int = 1
    cold_runs: int = 5
    rounds: int = 21
    search_reps: int = 7
    service_reps: int = 50
    idle_home_s: float = 10.0
    idle_attract_s: float = 10.0
    tour_details: int = 3
    tour_scroll_screens: int = 4
    soak_taps: int = 10_000
    import_records: int = 10_000
    only: tuple[str, ...] = MEASURE_NAMES
    #: ``--access``: accessibility modes on in the page-switch and idle children.
    access: tuple[str, ...] = ()
    quick: bool = False
    use_cache: bool = True

    @classmethod
    def for_args(cls, args) -> Plan:
        """The plan for ``kiosk bench`` options (``--quick`` trims repetitions, not the database)."""
        records = args.records
        plan = cls(records=records, seed=args.seed, import_records=records)
        if args.quick:
            plan = replace(plan, quick=True, cold_runs=3, rounds=6, search_reps=1, service_reps=10,
                           idle_home_s=3.0, idle_attract_s=8.0, tour_details=1, tour_scroll_screens=2,
                           soak_taps=300, import_records=max(2, records // 10))
        if args.soak_taps is not None:
            plan = replace(plan, soak_taps=args.soak_taps)
        if args.only:
            wanted = tuple(m.strip() for m in args.only.split(",") if m.strip())
            unknown = [m for m in wanted if m not in MEASURE_NAMES]
            if unknown:
                raise SystemExit(f"kiosk bench: unknown measure(s) {', '.join(unknown)}; choose from {', '.join(MEASURE_NAMES)}")
            plan = replace(plan, only=wanted)
        plan = replace(plan, access=access.parse_modes(getattr(args, "access", None)))
        return replace(plan, use_cache=not args.no_cache)


@dataclass
class ChildResult:
    """What one child process left: its BENCH data or why there is none."""

    data: dict[str, Any] | None
    returncode: int | None
    seconds: float
    error: str | None = None
    stderr_tail: str = ""
    #: The last PROGRESS record of a child that did not finish.
    progress: dict[str, Any] | None = None
    #: Every PROGRESS record of a child that did not finish.
    progress_all: list[dict[str, Any]] | None = None


class Runner:
    """Runs the plan's children against one benchmark database."""

    def __init__(self, plan: Plan, workdir: Path, say=print):
        self.plan = plan
        self.workdir = workdir
        self.say = say
        self.db: BenchDatabase | None = None
        self.raw: dict[str, Any] = {}
        self._logs = workdir / "logs"
        self._logs.mkdir(parents=True, exist_ok=True)
        self._count = 0

    # -- children ----------------------------------------------------------------------
    def _command(self, measure: str, *extra: str, db_args: list[str] | None = None) -> list[str]:
        return [*child_base(), *(db_args if db_args is not None else self.db.cli_args()), "bench-child", measure, *extra]

    @staticmethod
    def _env() -> dict[str, str]:
        env = dict(os.environ)
        # The children get their database on the command line; nothing of the user's.
        for name in (paths.ENV_DATA_DIR, paths.ENV_DATABASE_URL):
            env.pop(name, None)
        env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", PYTHONUNBUFFERED="1")
        # The packaged build ships compiled bytecode: the children keep theirs
        # (see bytecode_warm_up) instead of compiling every module at each start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env

    def start(self, measure: str, *extra: str, db_args: list[str] | None = None,
              env: dict[str, str] | None = None) -> tuple[subprocess.Popen, Path, float]:
        """Start a child (*env*: variables added to its environment); its stderr goes to a log file in the work folder."""
        self._count += 1
        log = self._logs / f"{self._count:02d}-{measure}.log"
        cmd = self._command(measure, *extra, db_args=db_args)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log.open("wb"), env={**self._env(), **(env or {})}, text=True,
                                encoding="utf-8", errors="replace")
        return proc, log, start

    def finish(self, measure: str, proc: subprocess.Popen, log: Path, start: float, timeout_s: float) -> ChildResult:
        """Wait for a child and parse its one BENCH line."""
        try:
            out, _ = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            return ChildResult(None, None, time.perf_counter() - start, f"no result within {timeout_s:.0f} s (killed)", _tail(log))
        seconds = time.perf_counter() - start
        try:
            data = report.parse_child_output(out, measure)
        except report.BenchParseError as exc:
            reason = f"exit code {proc.returncode}" if proc.returncode else "exit code 0"
            if proc.returncode is not None and proc.returncode < 0:
                reason = f"killed by signal {-proc.returncode}"
            return ChildResult(None, proc.returncode, seconds, f"{reason}; {exc}", _tail(log), report.last_progress(out),
                               report.all_progress(out))
        if proc.returncode != 0:
            return ChildResult(data, proc.returncode, seconds, f"exit code {proc.returncode} after its result", _tail(log))
        return ChildResult(data, proc.returncode, seconds)

    def run_child(self, measure: str, *extra: str, timeout_s: float = 600, db_args: list[str] | None = None,
                  env: dict[str, str] | None = None) -> ChildResult:
        proc, log, start = self.start(measure, *extra, db_args=db_args, env=env)
        return self.finish(measure, proc, log, start, timeout_s)

    def cold_start_once(self) -> ChildResult:
        """One cold start: the parent's clock from spawning the process to the child's BENCH line."""
        proc, log, start = self.start("cold-start")
        assert proc.stdout is not None
        line = ""
        deadline = start + 60
        data = None
        error = None
        seconds = 0.0
        while time.perf_counter() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith(report.BENCH_PREFIX):
                seconds = time.perf_counter() - start
                try:
                    data = report.parse_bench_line(line)
                except report.BenchParseError as exc:
                    error = str(exc)
                break
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        if data is None:
            return ChildResult(None, proc.returncode, seconds, error or f"no first frame (exit code {proc.returncode})", _tail(log))
        data["seconds"] = seconds
        return ChildResult(data, proc.returncode, seconds)

    # -- the database ------------------------------------------------------------------
    def prepare_database(self) -> BenchDatabase:
        """The synthetic database in the work folder, copied from the cache when an identical one was built before."""
        folder = self.workdir / "data"
        key = cache_key(self.plan.records, self.plan.seed)
        cached = cache_dir() / key
        if self.plan.use_cache and (cached / "kiosk.sqlite3").is_file() and (cached / "info.txt").is_file():
            folder.mkdir(parents=True)
            start = time.perf_counter()
            shutil.copy2(cached / "kiosk.sqlite3", folder / "kiosk.sqlite3")
            info = dict(line.split("=", 1) for line in (cached / "info.txt").read_text().splitlines() if "=" in line)
            from kiosk.bench.synthetic import kind_counts

            self.db = BenchDatabase(folder, f"sqlite:///{folder / 'kiosk.sqlite3'}", self.plan.records, self.plan.seed,
                                    kind_counts(self.plan.records), float(info.get("generate_s", 0)), float(info.get("load_s", 0)),
                                    (folder / "kiosk.sqlite3").stat().st_size)
            self.say(f"database: {self.plan.records} synthetic records, copied from the cache in {time.perf_counter() - start:.1f} s ({cached})")
            return self.db
        self.say(f"database: generating {self.plan.records} synthetic records and loading them ...")
        self.db = build_database(folder, self.plan.records, self.plan.seed)
        self.say(f"database: generated in {self.db.generate_s:.1f} s, loaded in {self.db.load_s:.1f} s ({self.db.size_bytes / 1e6:.0f} MB)")
        if self.plan.use_cache:
            try:
                tmp = cache_dir() / (key + f".{os.getpid()}.partial")
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
                shutil.copy2(folder / "kiosk.sqlite3", tmp / "kiosk.sqlite3")
                (tmp / "info.txt").write_text(f"generate_s={self.db.generate_s}\nload_s={self.db.load_s}\n")
                shutil.rmtree(cached, ignore_errors=True)
                tmp.rename(cached)
                # Databases built by older code for the same size and seed are stale: 110 MB each.
                for old in cache_dir().glob(f"synthetic-{self.plan.records}-seed{self.plan.seed}-*"):
                    if old != cached:
                        shutil.rmtree(old, ignore_errors=True)
            except OSError as exc:
                self.say(f"database: not cached ({exc})")
        return self.db

    def bytecode_warm_up(self) -> None:
        """One start, not measured: it writes the compiled bytecode of every
        module start-up imports (``CHILD_PYTHON_FLAGS``' own kind), which the
        packaged build has from the start. Without it the first measured
        start compiled them all; with ``PYTHONDONTWRITEBYTECODE`` set, every
        start did."""
        if paths.is_frozen():
            return
        self.say("bytecode: one start to compile what start-up imports ...")
        r = self.cold_start_once()
        if r.data is None:
            self.say(f"bytecode: that start failed ({r.error}); the measures below say more")

    # -- the measures --------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        plan = self.plan
        results: dict[str, Any] = {"failed": {}}
        failed = results["failed"]
        if "stats" in plan.only:
            from kiosk.bench import stats_bench

            results["stats"] = stats_bench.measure(self.workdir / "stats", quick=plan.quick, say=self.say)
        if "fleet" in plan.only:
            self._fleet(results)
        if set(plan.only) <= {"stats", "fleet"}:  # these need no content database
            return results
        results["database"] = {k: v for k, v in asdict(self.prepare_database()).items() if k not in ("data_dir", "url")}
        self.bytecode_warm_up()

        if "cold" in plan.only:
            self.say(f"cold start: {plan.cold_runs} runs ...")
            runs = []
            for _ in range(plan.cold_runs):
                r = self.cold_start_once()
                if r.data is None:
                    failed["cold_start"] = r.error
                    self.raw.setdefault("errors", {})["cold_start"] = r.stderr_tail
                    break
                runs.append(r.data)
            self.raw["cold_start"] = runs
            if runs:
                results["cold_start"] = report.aggregate_cold_start(runs)

        if "pages" in plan.only or "search" in plan.only:
            self.say(f"page switches ({plan.rounds} rounds) and search keystrokes in the UI ({plan.search_reps} reps) ...")
            r = self.run_child("pages", "--rounds", str(plan.rounds if "pages" in plan.only else 0),
                               "--search-reps", str(plan.search_reps if "search" in plan.only else 0), *access.child_args(plan.access), timeout_s=900)
            if r.data is None and r.progress_all:
                # The child died part-way (see the crash rows): keep the figures it got.
                partial = report.pages_from_progress(r.progress_all)
                r = ChildResult(partial, r.returncode, r.seconds,
                                f"{r.error} after {len(partial['samples'])} page switches and {len(partial['keystrokes'])} keystrokes "
                                "(figures from those)", r.stderr_tail)
            self._keep("pages", r, results, lambda d: report.aggregate_pages(d))

        if "search" in plan.only:
            self.say(f"search at the service level ({plan.service_reps} reps per query) ...")
            r = self.run_child("search-service", "--reps", str(plan.service_reps), timeout_s=600)
            self._keep("search_service", r, results, report.aggregate_search_service)

        if "imports" in plan.only:
            self._imports(results)

        if "speech" in plan.only:
            speech_bench.run(self, results)

        # The soak next to idle CPU and memory (their figures do not depend on a free core).
        soak = idle = None
        if "soak" in plan.only:
            self.say(f"soak: {plan.soak_taps} taps, alongside idle CPU and memory ...")
            soak = self.start("soak", "--taps", str(plan.soak_taps))
        if "idle" in plan.only:
            self.say(f"idle CPU: Home {plan.idle_home_s:g} s, attract loop {plan.idle_attract_s:g} s ...")
            idle = self.start("idle", "--seconds", str(plan.idle_home_s), "--attract-seconds", str(plan.idle_attract_s), *access.child_args(plan.access))
        if "memory" in plan.only:
            self.say("memory: touring every page type in every language ...")
            r = self.run_child("memory", "--details", str(plan.tour_details), "--scroll-screens", str(plan.tour_scroll_screens), timeout_s=600)
            self._keep("memory", r, results, report.aggregate_memory)
        if idle is not None:
            r = self.finish("idle", *idle, timeout_s=plan.idle_home_s + plan.idle_attract_s + 300)
            self._keep("idle", r, results, report.aggregate_idle)
        if soak is not None:
            self.say("soak: waiting for it to finish ...")
            r = self.finish("soak", *soak, timeout_s=plan.soak_taps * 2.0 + 300)
            crash = None
            if r.data is None or r.returncode != 0:
                crash = {"reason": r.error, "returncode": r.returncode, "stderr_tail": r.stderr_tail, "progress": r.progress,
                         "fatal": _fatal_line(r.stderr_tail),
                         "rss_samples": [s for p in (r.progress_all or []) for s in p.get("rss_samples", [])]}
            self.raw["soak"] = r.data
            results["soak"] = report.aggregate_soak(r.data, crash)
        if plan.access:
            results["access"] = access.summary(plan.access, self.raw)
        return results

    def _fleet(self, results: dict[str, Any]) -> None:
        from kiosk.bench import fleet_bench

        try:
            results["fleet"] = fleet_bench.measure(self.workdir / "fleet", quick=self.plan.quick, say=self.say)
        except Exception as exc:  # no nginx, a port taken: say so, measure the rest
            results["failed"]["fleet"] = f"{type(exc).__name__}: {exc}"
            self.say(f"fleet: FAILED ({exc})")

    def _imports(self, results: dict[str, Any]) -> None:
        plan = self.plan
        try:
            from kiosk.content.formats import packs, workbook  # noqa: F401  (the staff issue's modules)
        except ImportError as exc:
            for name in ("import_workbook", "import_pack"):
                results[name] = {"available": False, "reason": f"kiosk.content cannot import them ({exc})"}
            return
        folder = self.workdir / "imports"
        folder.mkdir()
        self.say(f"imports: writing a workbook and a pack of {plan.import_records} records ...")
        r = self.run_child("export", "--records", str(plan.import_records), "--seed", str(plan.seed), "--out", str(folder),
                           db_args=[], timeout_s=600)
        if r.data is None:
            results["failed"]["import_workbook"] = results["failed"]["import_pack"] = f"export failed: {r.error}"
            self.raw.setdefault("errors", {})["export"] = r.stderr_tail
            return
        self.raw["export"] = r.data
        for name, file in (("import_workbook", "synthetic.xlsx"), ("import_pack", "synthetic.kioskpack")):
            self.say(f"imports: {file} into a fresh kiosk ...")
            target = folder / name
            target.mkdir()
            db_args = ["--data-dir", str(target), "--database", f"sqlite:///{target / 'kiosk.sqlite3'}"]
            r = self.run_child("import", "--file", str(folder / file), db_args=db_args, timeout_s=900)
            self._keep(name, r, results, lambda d, plan=plan: {
                "records": plan.import_records, "seconds": d["seconds"], "peak_mb": d.get("hwm_mb"),
                "baseline_mb": (d.get("baseline") or {}).get("rss_mb"), "changed": d.get("changed"),
                "export_s": self.raw["export"].get("workbook_s" if d["file"].endswith(".xlsx") else "pack_s"),
            })

    def _keep(self, name: str, r: ChildResult, results: dict[str, Any], aggregate) -> None:
        self.raw[name] = r.data
        if r.data is None:
            results["failed"][name] = r.error
            self.raw.setdefault("errors", {})[name] = r.stderr_tail
            return
        if r.error:
            # Figures, but the child did not end well (a crash part-way): shown as such, not hidden.
            results.setdefault("incomplete", {})[name] = r.error
            self.raw.setdefault("errors", {})[name] = r.stderr_tail
        results[name] = aggregate(r.data)


def _fatal_line(text: str) -> str | None:
    """The line that says why a process died ("Fatal Python error: ...", a Qt fatal), if there is one."""
    for line in text.splitlines():
        if line.startswith(("Fatal Python error", "Fatal:", "ASSERT", "terminate called")):
            return line.strip()
    return None


def _tail(log: Path, lines: int = 40) -> str:
    try:
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _loadavg() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _fmt_load(load: list[float] | None) -> str:
    return "n/a" if load is None else "/".join(f"{v:.1f}" for v in load)


#: How the children run Python from a checkout: bytecode without docstrings
#: and asserts, as the packaged build has it (``optimize=2`` in
#: build_scripts/kiosk.spec), so that the figures are those of the kiosk a
#: hall runs. SQLAlchemy's docstrings alone are about 5 MB of resident memory.
CHILD_PYTHON_FLAGS = ("-OO",)


def child_base() -> list[str]:
    """How a child starts: the frozen program, or this Python with ``-m kiosk``.

    ``-P``: the child imports the same ``kiosk`` as this process. Plain
    ``python -m`` puts the current folder first on the path, so a bench
    started in one worktree with PYTHONPATH naming another measured the
    first one's code in every child (while the parent and its report named
    the other). ``CHILD_PYTHON_FLAGS``: the packaged build's bytecode."""
    return [sys.executable] if paths.is_frozen() else [sys.executable, *CHILD_PYTHON_FLAGS, "-P", "-m", "kiosk"]


def cache_dir() -> Path:
    """Where built benchmark databases are kept between runs (a temporary folder, never the data folder)."""
    return Path(tempfile.gettempdir()) / "kiosk-bench-cache"


def cache_key(records: int, seed: int) -> str:
    """Same key only when the same code would build the same database."""
    from kiosk.db.migrate import head_revision

    h = hashlib.sha256(f"{records}:{seed}:{__version__}:{head_revision()}".encode())
    for rel in ("bench/synthetic.py", "bench/dataset.py", "content/change/store.py", "content/read/search.py",
                "content/formats/schema.py", "content/change/history.py", "db/models.py"):
        try:
            h.update((paths.PACKAGE_DIR / rel).read_bytes())
        except OSError:
            h.update(rel.encode())
    return f"synthetic-{records}-seed{seed}-{h.hexdigest()[:16]}"


def run_bench(args) -> int:
    """``kiosk bench``: every measure, the table, and ``--json FILE``; 0 unless a measure could not run."""
    plan = Plan.for_args(args)
    started = datetime.now(timezone.utc)
    load_start = _loadavg()
    t0 = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    print(f"kiosk bench{' --quick' if plan.quick else ''}: {plan.records} SYNTHETIC records in {workdir} "
          f"(offscreen, software rendering, {os.cpu_count()} cores)")
    def say(message: str) -> None:
        print(f"[{time.perf_counter() - t0:5.0f} s] {message}", flush=True)

    runner = Runner(plan, workdir, say)
    try:
        results = runner.run()
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    duration = time.perf_counter() - t0
    rows = access.rows(results) + report.build_rows(results) + speech_bench.rows(results)
    from kiosk.bench import stats_bench

    rows += stats_bench.rows(results.get("stats"))
    from kiosk.bench import fleet_bench

    rows += fleet_bench.rows(results.get("fleet"))
    machine = report.machine_info()
    machine["bytecode"] = ("the packaged build" if paths.is_frozen()
                           else f"children run python {' '.join(CHILD_PYTHON_FLAGS)}, the packaged build's bytecode")
    # Other work on the machine skews every time; say how busy it was.
    machine.update(loadavg_at_start=load_start, loadavg_at_end=_loadavg())
    commit = report.git_commit(paths.ROOT_DIR)
    header = [
        "",
        f"commit {commit['commit'][:12]}{' (with uncommitted changes)' if commit.get('dirty') else ''}, "
        f"{started:%Y-%m-%d %H:%M} UTC, {duration:.0f} s",
        f"machine: {machine['cpu']}, {machine['cores']} cores ({machine['usable_cores']} usable), "
        f"Python {machine['python']}, PySide6 {machine['pyside6']}, SQLite {machine['sqlite']}; "
        f"load average {_fmt_load(load_start)} at the start, {_fmt_load(machine['loadavg_at_end'])} at the end",
        f"database: {plan.records} synthetic records (seed {plan.seed}); Qt offscreen, software renderer, 1920x1080; "
        f"{machine['bytecode']}",
        *([f"accessibility modes on: {', '.join(plan.access)} (page switches, idle CPU on Home)"] if plan.access else []),
        "",
    ]
    print(report.render_table(rows, header), end="")
    if args.json:
        options = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(plan).items()}
        document = report.build_document(results, rows, machine=machine, commit=commit, options=options,
                                         started=started, duration_s=duration, raw=runner.raw)
        report.write_json(document, Path(args.json))
        print(f"figures written to {args.json}")
    if args.markdown:
        print()
        print(report.render_markdown(rows), end="")
    return 1 if results.get("failed") else 0
