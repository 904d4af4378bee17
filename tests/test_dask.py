"""Conversion on Dask: the same records as `newsparse convert --to jsonl`, part files, errors.

The cluster tests share one LocalCluster of two worker processes and are skipped without the
`dask` extra; the planning and missing-Dask tests run everywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsparse import dask as newsparse_dask
from newsparse.batch import OutputExistsError, Settings
from newsparse.cli import cli

ARTICLES = {
    "harbour.txt": (
        "Harbour fees to rise next spring\n\n"
        "PORTSMOUTH, March 3 (Wire) - The city council voted on Tuesday to raise harbour fees by "
        "12 per cent from April, the first rise in six years.\n\n"
        '"We cannot keep the quays open on goodwill alone," said council leader Ann Reyes.\n\n'
        "Fishing crews said the rise would cost each boat about 900 pounds a year."
    ),
    "library.txt": (
        "Village library reopens after flood repairs\n"
        "By Tom Ellis\n\n"
        "The library in Upton reopened on Saturday, eight months after the river burst its banks. "
        "Volunteers carried 4,000 books back onto new shelves.\n\n"
        'Head librarian Priya Shah said: "People kept asking when they could come back. Today they did."'
    ),
    "short.txt": "Storm warning lifted for the east coast.",
}
DATASET = [
    {"id": "r1", "text": "Rail strike called off\n\nUnions and managers agreed a deal late on Sunday."},
    "this line is not JSON",
    {"id": "r3"},
    {"id": 4, "date": "2024-05-06", "text": "Bridge closed on Monday for repairs, the county said."},
    {"text": "A record without an id.\n\nIts second paragraph is here."},
]
PART_SIZE = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles, a data set with bad records, a binary file and an undecodable-looking one."""
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "latin1.txt").write_bytes("Café owners welcome the new pavement rules.".encode("latin-1"))
    (root / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    lines = [item if isinstance(item, str) else json.dumps(item) for item in DATASET]
    (root / "set.jsonl").write_text("\ufeff" + "\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n")
    return root


def inputs(corpus: Path) -> list[str]:
    return [str(corpus / "*.txt"), str(corpus / "set.jsonl"), str(corpus / "missing.txt")]


def local_lines(corpus: Path) -> list[str]:
    """What the local path prints: `newsparse convert --to jsonl` through the CLI."""
    result = CliRunner().invoke(cli, ["convert", *inputs(corpus), "--to", "jsonl", "-q", "--jobs", "1"])
    assert result.exit_code == 4, result.stderr  # some inputs fail, the others are converted
    return result.stdout.splitlines()


def part_lines(files: tuple[str, ...]) -> list[str]:
    return [line for name in files for line in Path(name).read_text(encoding="utf-8").splitlines()]


def by_source(lines: list[str]) -> list[str]:
    def key(line: str) -> tuple[str, int]:
        record = json.loads(line)
        source, _, number = record["source"].partition(":")
        return source, record.get("line") or int(number or 0)

    return sorted(lines, key=key)


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[Any]:
    """One LocalCluster of two single-threaded worker processes, the current Dask scheduler."""
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# --- on the cluster -----------------------------------------------------------------------------


def test_same_records_as_local_convert(corpus: Path, cluster_client: Any, tmp_path: Path) -> None:
    summary = newsparse_dask.convert(inputs(corpus), tmp_path / "out", address=None, partition_size=PART_SIZE)
    dask_lines = part_lines(summary.files)
    expected = local_lines(corpus)
    assert by_source(dask_lines) == by_source(expected)
    assert dask_lines == expected  # partitions keep the input order, too
    errors = [json.loads(line) for line in expected if "error" in json.loads(line)]
    assert (summary.articles, summary.errors) == (len(expected) - len(errors), len(errors))
    assert summary.seconds > 0


def test_part_files_are_numbered_and_hold_a_partition_each(
    corpus: Path, cluster_client: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    summary = newsparse_dask.convert(
        inputs(corpus), str(out), address=cluster_client.scheduler.address, partition_size=PART_SIZE
    )
    names = [Path(name).name for name in summary.files]
    assert names == [f"part-{number:05d}.jsonl" for number in range(len(names))]
    assert sorted(os.listdir(out)) == names  # no temporary files left behind
    sizes = [len(Path(name).read_text(encoding="utf-8").splitlines()) for name in summary.files]
    assert max(sizes) <= PART_SIZE
    assert sum(sizes) == summary.articles + summary.errors


def test_error_records_have_the_cli_shape(corpus: Path, cluster_client: Any, tmp_path: Path) -> None:
    summary = newsparse_dask.convert(inputs(corpus), tmp_path / "out", address=None)
    records = [json.loads(line) for line in part_lines(summary.files)]
    errors = {(r["source"], r.get("line")): r for r in records if "error" in r}
    dataset = str(corpus / "set.jsonl")
    assert set(errors) == {
        (str(corpus / "scan.txt"), None),
        (dataset, 2),
        (dataset, 4),  # line 3 is blank
        (str(corpus / "missing.txt"), None),
    }
    assert errors[dataset, 2] == {
        "source": dataset,
        "error": f"{dataset}:2: not JSON (Expecting value, column 1)",
        "line": 2,
    }
    assert "PDF" in errors[str(corpus / "scan.txt"), None]["error"]
    assert set(errors[str(corpus / "missing.txt"), None]) == {"source", "error"}


def test_to_bag_gives_the_records_as_dicts(corpus: Path, cluster_client: Any) -> None:
    bag: Any = newsparse_dask.to_bag(  # Bag methods have no annotations
        inputs(corpus), partition_size=PART_SIZE
    )
    records = bag.compute()
    assert records == [json.loads(line) for line in local_lines(corpus)]
    assert bag.npartitions == len(newsparse_dask.plan_partitions(inputs(corpus), PART_SIZE))
    ids = bag.filter(lambda r: "error" not in r and "id" in r).pluck("id").compute()
    assert ids == ["r1", "4"]


def test_fsspec_urls_give_the_same_records(corpus: Path, cluster_client: Any, tmp_path: Path) -> None:
    urls = [f"file://{name}" for name in inputs(corpus)]
    summary = newsparse_dask.convert(urls, f"file://{tmp_path}/out", address=None, partition_size=PART_SIZE)
    assert all(name.startswith("file://") for name in summary.files)
    assert sorted(os.listdir(tmp_path / "out")) == [Path(n).name for n in summary.files]
    via_urls = [json.loads(line) for line in part_lines(tuple(n[len("file://") :] for n in summary.files))]
    local = [json.loads(line) for line in local_lines(corpus)]
    for record in [*via_urls, *local]:
        record["source"] = record["source"].removeprefix("file://")
        if "error" in record:
            record["error"] = record["error"].removeprefix("file://")
    assert via_urls == local


def test_existing_parts_are_kept_unless_forced(cluster_client: Any, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for number in range(5):
        (articles / f"{number}.txt").write_text(f"Story number {number} has one paragraph.", encoding="utf-8")
    out = tmp_path / "out"
    first = newsparse_dask.convert([str(articles)], out, address=None, recursive=True, partition_size=1)
    assert len(first.files) == 5
    with pytest.raises(OutputExistsError, match="force"):
        newsparse_dask.convert([str(articles)], out, address=None, recursive=True)
    second = newsparse_dask.convert([str(articles)], out, address=None, recursive=True, force=True)
    assert len(second.files) == 1
    assert sorted(os.listdir(out)) == ["part-00000.jsonl"]  # the old extra parts are gone
    assert second.articles == 5


# --- planning, settings and the missing extra (no cluster needed) -------------------------------


def test_a_data_set_is_cut_at_line_boundaries(tmp_path: Path) -> None:
    dataset = tmp_path / "big.jsonl"
    records = [{"id": str(n), "text": f"Item {n}: the market opened higher on Monday."} for n in range(23)]
    dataset.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "lone.txt").write_text("A lone article before the data set.", encoding="utf-8")
    partitions = newsparse_dask.plan_partitions([str(tmp_path / "lone.txt"), str(dataset)], 5)
    assert [sum(p.lines or 1 for p in partition) for partition in partitions] == [5, 5, 5, 5, 4]
    assert partitions[0][1].first_line == 1
    assert [partition[0].first_line for partition in partitions[1:]] == [5, 10, 15, 20]
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    bag: Any = newsparse_dask.to_bag(  # Bag methods have no annotations
        [str(tmp_path / "lone.txt"), str(dataset)], partition_size=5
    )
    found = bag.compute(scheduler="sync")
    assert [r.get("id") for r in found] == [None, *(r["id"] for r in records)]


def test_bad_arguments_are_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="standard input"):
        newsparse_dask.plan_partitions(["-"])
    with pytest.raises(ValueError, match="no input"):
        newsparse_dask.plan_partitions([])
    with pytest.raises(ValueError, match="at least 1"):
        newsparse_dask.plan_partitions([str(tmp_path)], 0)
    with pytest.raises(ValueError, match="output format"):
        newsparse_dask.convert([str(tmp_path)], tmp_path / "out", fmt="markdown")
    with pytest.raises(ValueError, match="unknown encoding"):
        newsparse_dask.convert([str(tmp_path)], tmp_path / "out", encoding="no-such-codec")
    for address in ("local:0", "local:two"):
        with pytest.raises(ValueError, match="at least 1"):
            newsparse_dask.convert([str(tmp_path)], tmp_path / "out", address=address)
    assert not (tmp_path / "out").exists()


def test_addresses() -> None:
    assert newsparse_dask.local_workers("local:3") == 3
    assert newsparse_dask.local_workers("local") == (os.cpu_count() or 1)
    assert newsparse_dask.local_workers("tcp://10.0.0.5:8786") is None
    assert newsparse_dask.local_workers(None) is None


def test_an_article_that_breaks_the_parser_becomes_an_error_record(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bug in newsparse costs one record, never the partition (here in this process)."""
    from newsparse import parser

    def broken_parse(text: str, date: str | None = None) -> None:
        if "boom" in text:
            raise RuntimeError("simulated bug")
        return real_parse(text, date=date)  # type: ignore[no-any-return]

    real_parse: Any = parser.parse
    monkeypatch.setattr(parser, "parse", broken_parse)
    (tmp_path / "a.txt").write_text("Calm news about a fair.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The boom in house prices goes on.", encoding="utf-8")
    (partition,) = newsparse_dask.plan_partitions([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    settings = Settings(fmt="jsonl")
    outcomes = list(newsparse_dask.partition_outcomes(partition, settings))
    assert [o.error is None for o in outcomes] == [True, False]
    record = newsparse_dask.error_record(outcomes[1])
    assert set(record) == {"source", "error"}
    assert "internal error" in record["error"]
    assert "simulated bug" in record["error"]


def test_a_string_or_path_is_one_path_not_its_characters(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Just one article.", encoding="utf-8")
    assert (
        newsparse_dask.plan_partitions(tmp_path / "one.txt")
        == newsparse_dask.plan_partitions(str(tmp_path / "one.txt"))
        == [(newsparse_dask.Piece(str(tmp_path / "one.txt")),)]
    )


def test_without_dask_the_functions_say_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for module in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(newsparse_dask.DaskMissingError, match=r"pip install 'newsparse\[dask\]'"):
        newsparse_dask.to_bag([str(tmp_path)])
    with pytest.raises(ImportError, match=r"pip install 'newsparse\[dask\]'"):
        newsparse_dask.convert([str(tmp_path)], tmp_path / "out")


def test_importing_the_module_does_not_import_dask() -> None:
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None\n"
        "import newsparse, newsparse.dask\n"
        "print(sorted(m for m in sys.modules if m.startswith(('dask', 'distributed', 'fsspec'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['dask', 'distributed']"  # only the two blocked entries


def test_the_convert_command_on_dask_writes_the_same_lines(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    out = tmp_path / "parts"
    args = [
        "convert",
        *inputs(corpus),
        "--output-dir",
        str(out),
        "--dask",
        "local:2",
        "--partition-size",
        "2",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 4, result.stderr  # the missing file and the bad records
    assert "converted" in result.stderr and "on Dask" in result.stderr
    files = tuple(sorted(str(p) for p in out.glob("part-*.jsonl")))
    assert by_source(part_lines(files)) == by_source(local_lines(corpus))
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 5
    assert "(use --force to overwrite)" in again.stderr


def test_dask_option_needs_an_output_dir_and_json_lines(corpus: Path) -> None:
    no_dir = CliRunner().invoke(cli, ["convert", str(corpus), "-r", "--dask", "local:2"])
    assert no_dir.exit_code == 2
    assert "--output-dir" in no_dir.stderr
    markdown = CliRunner().invoke(
        cli, ["convert", str(corpus), "-d", "x", "--to", "markdown", "--dask", "local"]
    )
    assert markdown.exit_code == 2
    assert "use --to jsonl" in markdown.stderr


def test_progress_hears_of_every_article_and_changes_nothing(
    corpus: Path, cluster_client: Any, tmp_path: Path
) -> None:
    heard: list[tuple[int, int]] = []
    summary = newsparse_dask.convert(
        inputs(corpus),
        tmp_path / "out",
        address=cluster_client.scheduler.address,
        partition_size=PART_SIZE,
        progress=lambda done, failed: heard.append((done, failed)),
    )
    assert len(heard) == len(summary.files)
    assert (sum(d for d, _ in heard), sum(f for _, f in heard)) == (summary.articles, summary.errors)
    assert part_lines(summary.files) == local_lines(corpus)


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    monkeypatch.setattr(newsparse_dask, "_CONNECT_TIMEOUT", "1s")
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["convert", str(article), "--dask", "tcp://127.0.0.1:1", "--output-dir", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--dask': no Dask scheduler answers at tcp://127.0.0.1:1" in result.output
    assert "Traceback" not in result.output
