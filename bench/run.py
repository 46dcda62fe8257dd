# ruff: noqa: S603, S607, T201 - a benchmark driver runs trusted local tools and prints
"""`make bench`: Gazette in production mode on 100,000 articles, measured with wrk.

Starts, on ports 8220-8249: nginx serving a static file the size of an article page
(the ceiling), Gazette with its page cache (warm), Gazette with the cache switched
off (cold), and nginx with the shipped config in front of the warm Gazette. wrk runs
from this process's children; every figure is printed as a ratio to the ceiling.
Results: bench/results/<timestamp>.json and a markdown table on stdout.
Then the realtime benchmarks of the other areas run, when present.

    make bench                  # SQLite under bench/data/, local-memory cache
    DATABASE_URL=... REDIS_URL=... make bench    # PostgreSQL + Redis
    BENCH_SECONDS=5 make bench  # shorter runs
"""

import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PY = str(ROOT / ".venv" / "bin" / "python")
GRANIAN = str(ROOT / ".venv" / "bin" / "granian")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CORES = os.cpu_count() or 1
WORKERS = int(os.environ.get("BENCH_WORKERS", str(CORES)))
PORTS = {"warm": 8220, "cold": 8221, "static": 8240, "proxy": 8241}
# Each realtime benchmark gets this long, so that a full run stays near ten minutes.
REALTIME_TIMEOUT = int(os.environ.get("BENCH_REALTIME_TIMEOUT", "150"))
# 10,000 subscribers fit the time given; run the script alone for 100,000 (its default).
OTHER_BENCHES = [
    # Gazette's fan-out only: with Channels' own shape beside it for comparison
    # (the script's default) the run took longer than the time given.
    ("newsfeed_fanout.py", "--shapes", "hub"),
    ("chat_fanout.py",),
    ("newsletter_send.py", "--subscribers", "10000", "--crash-after", "4000"),
]


def ensure_tools() -> None:
    """wrk and nginx come from Debian; install them when missing (needs root)."""
    missing = [
        name
        for name in ("wrk", "nginx")
        if not shutil.which(name) and not Path(f"/usr/sbin/{name}").exists()
    ]
    if missing:
        print(f"bench: installing {' '.join(missing)} with apt-get", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)


def site_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        SITE_URL=f"http://127.0.0.1:{PORTS['warm']}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(data_dir / "static"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="gazette.settings",
    )
    if not env.get("DATABASE_URL"):
        env["DATA_DIR"] = str(data_dir)
    return env


def prepare(env: dict[str, str]) -> None:
    articles = os.environ.get("BENCH_ARTICLES", "100000")
    subprocess.run(
        [PY, str(BENCH / "dataset.py"), "--articles", articles],
        env=env,
        check=True,
        cwd=ROOT,
    )
    subprocess.run(
        [PY, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        check=True,
        cwd=ROOT,
    )


def wait_for(port: int, path: str = "/robots.txt", timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered on port {port}")


def start_gazette(env, port: int, *, cache: bool, workers: int) -> subprocess.Popen:
    env = dict(env, PAGECACHE_ENABLED="true" if cache else "false")
    return subprocess.Popen(
        [
            GRANIAN,
            *granian_flags(workers),
            "--port",
            str(port),
            "gazette.asgi:application",
        ],
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )


def granian_flags(workers: int) -> list[str]:
    """The production flags (scripts/run_site and deploy/gazette-web.service)."""
    return [
        "--interface",
        "asginl",
        "--host",
        "127.0.0.1",
        "--workers",
        str(workers),
        "--loop",
        "uvloop",
        "--backlog",
        "2048",
        "--log-level",
        "warning",
        "--no-access-log",
    ]


def start_nginx(run_dir: Path, conf_text: str) -> subprocess.Popen:
    run_dir.mkdir(parents=True, exist_ok=True)
    conf = run_dir / "nginx.conf"
    conf.write_text(conf_text)
    return subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(run_dir), "-g", "daemon off;"],
        start_new_session=True,
    )


def static_conf(run_dir: Path, root: Path, port: int) -> str:
    """The ceiling: nginx, same worker count and keep-alive, serving one file."""
    return f"""
worker_processes auto;
pid {run_dir}/nginx.pid;
error_log {run_dir}/error.log warn;
user root;
events {{ worker_connections 4096; multi_accept on; }}
http {{
  include /etc/nginx/mime.types;
  access_log off; sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 100000; open_file_cache max=100;
  client_body_temp_path {run_dir}/cb; proxy_temp_path {run_dir}/pt;
  fastcgi_temp_path {run_dir}/ft; uwsgi_temp_path {run_dir}/ut;
  scgi_temp_path {run_dir}/st;
  server {{ listen {port} reuseport; root {root}; }}
}}
"""


def wrk(url: str, *, connections: int, script: str | None = None) -> dict:
    # A long timeout so slow cold pages are measured, not dropped as errors.
    command = ["wrk", "-t2", f"-c{connections}", f"-d{SECONDS}s", "--latency"]
    command += ["--timeout", "30s"]
    if script:
        command += ["-s", script]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"\s(50|99)%\s+([\d.]+\w+)", output))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": round(rps),
        "p50_ms": to_ms(latency.get("50", "0ms")),
        "p99_ms": to_ms(latency.get("99", "0ms")),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "connections": connections,
    }


def to_ms(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    factor = {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
    return round(float(number) * factor, 2)


def fetch(port: int, path: str) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as reply:
        return reply.read()


def article_paths(env, count: int) -> list[str]:
    code = (
        "import django; django.setup()\n"
        "from gazette.news.models import ArticlePage\n"
        "pages = ArticlePage.objects.live().order_by('?')\n"
        f"for page in pages[:{count}]: print(page.url)\n"
    )
    output = subprocess.run(
        [PY, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in output.splitlines() if line.startswith("/")]


def lua_paths(paths: list[str], out: Path) -> str:
    quoted = ",".join(json.dumps(p) for p in paths)
    out.write_text(
        f"local paths = {{{quoted}}}\n"
        "math.randomseed(os.time())\n"
        "request = function()\n"
        "  return wrk.format('GET', paths[math.random(#paths)])\n"
        "end\n"
    )
    return str(out)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def main() -> None:
    ensure_tools()
    data_dir = Path(
        os.environ.get("BENCH_DATA_DIR")
        or BENCH
        / "data"
        / ("postgresql" if os.environ.get("DATABASE_URL") else "sqlite")
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    env = site_env(data_dir)
    prepare(env)
    tmp = Path(tempfile.mkdtemp(prefix="gazette-bench-"))
    # The warm site writes its pages as files for the nginx in front to serve.
    env["PAGE_FILES_ROOT"] = str(tmp / "pages")
    processes = []
    results: dict[str, dict] = {}
    try:
        warm = start_gazette(env, PORTS["warm"], cache=True, workers=WORKERS)
        cold = start_gazette(env, PORTS["cold"], cache=False, workers=WORKERS)
        processes += [warm, cold]
        wait_for(PORTS["warm"])
        wait_for(PORTS["cold"])
        paths = article_paths(env, 2000)
        article = paths[0]
        article_bytes = fetch(PORTS["warm"], article)
        (tmp / "www").mkdir()
        (tmp / "www" / "article.html").write_bytes(article_bytes)
        static = start_nginx(
            tmp / "static", static_conf(tmp / "static", tmp / "www", PORTS["static"])
        )
        processes.append(static)
        proxy = start_nginx(
            tmp / "proxy",
            nginx_conf(
                env,
                "--listen",
                str(PORTS["proxy"]),
                "--app",
                f"127.0.0.1:{PORTS['warm']}",
                "--run-dir",
                str(tmp / "proxy"),
                "--static-root",
                env["STATIC_ROOT"],
                "--media-root",
                str(data_dir / "media"),
                "--user",
                "root",
            ),
        )
        processes.append(proxy)
        wait_for(PORTS["static"], "/article.html")
        wait_for(PORTS["proxy"], article)
        # Every worker process has its own memory cache without Redis: warm each.
        for port in (PORTS["warm"], PORTS["proxy"]):
            for path in (article, "/en/", "/en/world/", "/en/feeds/latest.rss"):
                for _ in range(WORKERS * 4):
                    fetch(port, path)
        cold_script = lua_paths(paths, tmp / "articles.lua")

        plan = [
            ("nginx static file (ceiling)", PORTS["static"], "/article.html", 64, None),
            ("article, warm (Gazette alone)", PORTS["warm"], article, 64, None),
            ("article, warm behind nginx", PORTS["proxy"], article, 64, None),
            ("front page, warm", PORTS["warm"], "/en/", 64, None),
            ("section page, warm", PORTS["warm"], "/en/world/", 64, None),
            ("RSS feed, warm", PORTS["warm"], "/en/feeds/latest.rss", 64, None),
            ("article, cold (2,000 random)", PORTS["cold"], "/", 16, cold_script),
            ("front page, cold", PORTS["cold"], "/en/", 16, None),
            ("section page, cold", PORTS["cold"], "/en/world/", 16, None),
            ("RSS feed, cold", PORTS["cold"], "/en/feeds/latest.rss", 16, None),
            (
                "search, uncached",
                PORTS["cold"],
                "/en/search/?q=council+bridge",
                16,
                None,
            ),
        ]
        for name, port, path, connections, script in plan:
            print(f"bench: {name} ...", flush=True)
            try:
                result = wrk(
                    f"http://127.0.0.1:{port}{path}",
                    connections=connections,
                    script=script,
                )
                # Sizes from the warm server: a cold one may still be busy after wrk.
                same_as_article = script or port == PORTS["static"]
                warm_copy = (
                    article_bytes if same_as_article else fetch(PORTS["warm"], path)
                )
                result["bytes"] = len(warm_copy)
            except (OSError, subprocess.CalledProcessError, AttributeError) as error:
                result = {
                    "error": str(error),
                    "rps": 0,
                    "p50_ms": 0,
                    "p99_ms": 0,
                    "connections": connections,
                    "bytes": 0,
                    "non_2xx": 0,
                }
            results[name] = result
    finally:
        for process in reversed(processes):
            stop(process)
    ceiling = results["nginx static file (ceiling)"]["rps"]
    for result in results.values():
        result["ratio"] = round(result["rps"] / ceiling, 4) if ceiling else 0
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "database": "postgresql" if os.environ.get("DATABASE_URL") else "sqlite",
        "cache": "redis" if os.environ.get("REDIS_URL") else "local memory",
        "workers": WORKERS,
        "seconds": SECONDS,
        "results": results,
        "realtime": run_other_benches(env),
    }
    out_dir = BENCH / "results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.write_text(json.dumps(report, indent=2))
    print(markdown(report))
    print(f"\nbench: results in {out.relative_to(ROOT)}")


def nginx_conf(env, *args: str) -> str:
    """deploy/nginx.conf rendered with the site's own environment."""
    return subprocess.run(
        [PY, "manage.py", "nginx_conf", *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{CORES} cores, {model or platform.processor()}, {system}"


def run_other_benches(env) -> dict[str, str]:
    found: dict[str, str] = {}
    if os.environ.get("BENCH_REALTIME", "1") == "0":
        return found
    for name, *arguments in OTHER_BENCHES:
        script = BENCH / name
        if not script.exists():
            found[name] = "not present"
            continue
        print(f"bench: {name} ...", flush=True)
        # A session of its own: on a timeout its servers and sinks go with it.
        process = subprocess.Popen(
            [PY, str(script), *arguments],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            output, _ = process.communicate(timeout=REALTIME_TIMEOUT)
            found[name] = output.strip()[-4000:]
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            found[name] = f"timed out after {REALTIME_TIMEOUT} s"
    return found


def markdown(report: dict) -> str:
    lines = [
        f"Machine: {report['machine']}; {report['database']}, {report['cache']} cache, "
        f"{report['workers']} Gazette processes; "
        f"wrk -t2, {report['seconds']} s per row.",
        "",
        "| what | conns | bytes | rps | p50 ms | p99 ms | × nginx static |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in report["results"].items():
        lines.append(
            f"| {name} | {r['connections']} | {r['bytes']:,} | {r['rps']:,} | "
            f"{r['p50_ms']} | {r['p99_ms']} | {r['ratio']:.3f} |"
        )
    for name, text in report["realtime"].items():
        lines += ["", f"{name}:", "", "```", text[-1500:], "```"]
    return "\n".join(lines)


if __name__ == "__main__":
    random.seed()
    socket.setdefaulttimeout(30)
    main()
