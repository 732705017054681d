"""The account's JSON Schema: made from the code's lists, true to the loader, up to date.

The schema is checked the way an editor reads an account: YAML 1.2 style, where a date is
text (``2026-11-20``), and with both a 2020-12 validator and a draft-07 one (VS Code's
YAML extension validates with draft-07 rules).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import ALL_EXAMPLES, ROOT
from wordspictures.account.keys import PERSON, TOP_KEYS, names
from wordspictures.account.reference import markdown_reference
from wordspictures.account.schema import SCHEMA_FILE, account_schema, schema_json
from wordspictures.account.vocabulary import CLOTHES, FEELINGS, HAIR, PLACES, ROLES
from wordspictures.commands.cli import main
from wordspictures.language.files import PACKS, available_languages

BAD = ROOT / "tests" / "bad"
PACK = ROOT / "tests" / "data" / "packs"
VALIDATORS = [jsonschema.Draft202012Validator, jsonschema.Draft7Validator]

# The bad accounts a schema can catch, with where it reports the problem (a JSON path).
CAUGHT = {
    "age-not-number.yaml": "people/sam/age",
    "bad-date.yaml": "date",
    "bad-looks.yaml": "people/sam/looks/hair_colour",
    "bad-pronoun.yaml": "people/sam/pronoun",
    "bad-status.yaml": "status",
    "child-without-age.yaml": "people/sam",
    "empty.yaml": "",
    "no-child.yaml": "people",
    "no-language.yaml": "",
    "no-people.yaml": "",
    "no-story.yaml": "",
    "rule-without-who.yaml": "safety_plan/0",
    "score-too-high.yaml": "scale/0/score",
    "unknown-feeling.yaml": "what_happened/0/feeling",
    "unknown-key.yaml": "worried/0",
    "unknown-language.yaml": "language",
    "unknown-role.yaml": "people/mama/role",
    "unknown-top-key.yaml": "",
    "wrong-shape-list.yaml": "worried",
    "wrong-shape-people.yaml": "people",
}
# Well-formed data that is wrong only against the rest of the story or the disk, or in how
# the YAML is written: a schema sees none of it, so these pass it (``check`` finds them).
PASS_SCHEMA = {
    "duplicate-key.yaml": "a key given twice: a YAML reader keeps the last one",
    "for-not-a-child.yaml": "needs the role of the person an id names",
    "missing-picture.yaml": "needs the disk",
    "unknown-person.yaml": "needs the ids under 'people'",
}
# Files a YAML reader refuses before any schema sees them.
UNREADABLE = {
    "binary.yaml": "not text",
    "latin1.yaml": "not UTF-8",
    "python-tag.yaml": "a tag a safe reader refuses",
    "syntax-colon.yaml": "a YAML syntax error",
    "tabs.yaml": "tab indentation is a YAML syntax error",
}
# Refused by the schema, but for its stray keys (a, b, c), not for its aliases, which a
# YAML reader expands and only wordspictures' own reader refuses.
OTHER_REASON = {"alias-bomb.yaml": ""}


class EditorLoader(yaml.SafeLoader):
    """Reads YAML as an editor does: dates stay text."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read(path: Path) -> Any:
    """Return the data of a YAML file as an editor sees it."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)


def error_paths(validator: Any, data: Any) -> set[str]:
    """Return the JSON path of every error, including those inside anyOf branches."""
    paths: set[str] = set()
    stack = list(validator.iter_errors(data))
    while stack:
        error = stack.pop()
        paths.add("/".join(str(p) for p in error.absolute_path))
        stack.extend(error.context or ())
    return paths


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return account_schema()


def test_the_schema_is_valid_2020_12_and_draft_07(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for validator in VALIDATORS:
        validator.check_schema(schema)


def test_the_schema_names_no_network_address(schema: dict[str, Any]) -> None:
    addresses = [v for v in json.dumps(schema).split('"') if "://" in v]
    assert addresses == ["https://json-schema.org/draft/2020-12/schema"]  # an identifier


def test_the_schema_is_made_from_the_code_lists(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert list(schema["properties"]) == list(names(TOP_KEYS))
    assert list(defs["person"]["properties"]) == list(names(PERSON))
    assert defs["person"]["properties"]["role"]["enum"] == list(ROLES)
    assert defs["looks"]["properties"]["hair"]["enum"] == list(HAIR)
    assert defs["looks"]["properties"]["clothes"]["enum"] == list(CLOTHES)
    assert defs["what_happened_item"]["properties"]["feeling"]["anyOf"][0]["enum"] == list(FEELINGS)
    assert defs["what_happened_item"]["properties"]["where"]["anyOf"][0]["enum"] == list(PLACES)
    one, two = schema["properties"]["language"]["anyOf"]  # a language, or a list of two
    assert one["enum"] == two["items"]["enum"] == list(available_languages())
    assert defs["translated"]["propertyNames"]["enum"] == list(available_languages())
    assert "phone" in defs["helpers_item"]["properties"]
    assert "phone" not in defs["worried_item"]["properties"]
    for key, value in schema["properties"].items():
        assert value["description"], key


def test_a_pack_adds_its_languages() -> None:
    assert account_schema(PACK)["properties"]["language"]["anyOf"][0]["enum"] == [
        "ar", "en", "fa", "fy", "nl", "pl", "tr", "uk"]


@pytest.mark.parametrize("validator", VALIDATORS, ids=lambda v: v.__name__)
@pytest.mark.parametrize("path", ALL_EXAMPLES + sorted(PACKS.glob("*/starter.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_and_starter_is_valid(path: Path, validator: Any,
                                            schema: dict[str, Any]) -> None:
    assert error_paths(validator(schema), read(path)) == set()


def test_both_shared_examples_are_among_them() -> None:
    assert {p.name for p in ALL_EXAMPLES} >= {"noor-nl.yaml", "sam-en.yaml"}


def test_every_bad_account_is_listed_once() -> None:
    lists = [CAUGHT, PASS_SCHEMA, UNREADABLE, OTHER_REASON]
    assert sorted(n for names in lists for n in names) == sorted(p.name for p in BAD.glob("*"))
    assert len(CAUGHT) == 20


@pytest.mark.parametrize("validator", VALIDATORS, ids=lambda v: v.__name__)
@pytest.mark.parametrize("name", sorted(CAUGHT))
def test_the_schema_rejects_bad_accounts_where_the_problem_is(
        name: str, validator: Any, schema: dict[str, Any]) -> None:
    assert CAUGHT[name] in error_paths(validator(schema), read(BAD / name))


@pytest.mark.parametrize("name", sorted(PASS_SCHEMA))
def test_what_only_the_checker_can_see_passes_the_schema(name: str,
                                                         schema: dict[str, Any]) -> None:
    assert error_paths(jsonschema.Draft202012Validator(schema), read(BAD / name)) == set()


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_files_never_reach_a_schema(name: str) -> None:
    with pytest.raises((yaml.YAMLError, UnicodeDecodeError)):
        read(BAD / name)


def test_the_alias_bomb_is_refused_for_its_stray_keys(schema: dict[str, Any]) -> None:
    assert "" in error_paths(jsonschema.Draft202012Validator(schema), read(BAD / "alias-bomb.yaml"))


@pytest.mark.parametrize("text", [
    "worried: Juf Anna zag een blauwe plek.",                          # one text, no list
    "worried:\n  - {text: Als papa boos wordt, belt hij oom Tom., who: sam}",  # a mended comma
    "worried: [{text: Juf Anna zag het., who: [sam, sam]}]\ndate: 2026-11-20 10:00:00",
    "worried:\n  - text: 42\nallow: dronken",
])
def test_the_schema_accepts_what_the_loader_accepts(text: str, tmp_path: Path,
                                                    schema: dict[str, Any]) -> None:
    from wordspictures.account.load import read_account

    path = tmp_path / "a.yaml"
    path.write_text("language: nl\npeople: {sam: {name: Sam, role: child, age: 7}}\n" + text,
                    encoding="utf-8")
    account, problems = read_account(path)
    assert account is not None, problems
    assert error_paths(jsonschema.Draft202012Validator(schema), read(path)) == set()


def test_the_command_prints_the_schema_and_writes_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output) == account_schema()
    out = tmp_path / "s.json"
    assert CliRunner().invoke(main, ["schema", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == schema_json()


def test_the_account_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "account-reference.md").read_text(encoding="utf-8")
    assert committed == markdown_reference(), (
        "docs/account-reference.md is out of date: run "
        "'wordspictures schema --markdown -o docs/account-reference.md'")


def test_the_reference_names_every_key_and_value() -> None:
    text = markdown_reference()
    words = (*names(TOP_KEYS), *names(PERSON), *ROLES, *PLACES, *FEELINGS)
    assert [word for word in words if f"`{word}`" not in text] == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_points_the_editor_at_a_schema_beside_the_account(language: str,
                                                              tmp_path: Path) -> None:
    account = tmp_path / "story.yaml"
    result = CliRunner().invoke(main, ["new", str(account), "--language", language])
    assert result.exit_code == 0, result.output
    first = account.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE}"
    schema = json.loads((tmp_path / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert schema == account_schema()
    assert error_paths(jsonschema.Draft202012Validator(schema), read(account)) == set()


def test_new_can_put_the_schema_elsewhere_or_leave_it_out(tmp_path: Path) -> None:
    account = tmp_path / "cases" / "story.yaml"
    shared = tmp_path / "schemas" / "account.json"
    result = CliRunner().invoke(main, ["new", str(account), "--schema", str(shared)])
    assert result.exit_code == 0, result.output
    first = account.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/account.json"
    assert shared.is_file()
    plain = tmp_path / "plain.yaml"
    assert CliRunner().invoke(main, ["new", str(plain), "--no-schema"]).exit_code == 0
    assert "yaml-language-server" not in plain.read_text(encoding="utf-8")
    assert not (tmp_path / SCHEMA_FILE).exists()
