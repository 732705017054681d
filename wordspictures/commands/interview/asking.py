"""The conversation itself: one question after another, in the order of the book, each
asked again until its answer can be used."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import click

from wordspictures.account.vocabulary import FEELINGS, PLACES, ROLES
from wordspictures.commands.interview.story import Story, clean, fold
from wordspictures.commands.interview.words import Words

# A parsed answer: the value, or the reason it cannot be used.
Parsed = tuple[Any, "str | None"]


class Interview:
    """Asks the questions of one story, in the order of the book."""

    def __init__(self, words: Words, story: Story, today: dt.date):
        self.words = words
        self.story = story
        self.today = today

    # -- the conversation -------------------------------------------------------------

    def run(self) -> Story:
        """Ask every question and return the answers."""
        self.say(self.words.text("intro"))
        self.step("children")
        self.ask_children()
        self.step("people")
        self.ask_people()
        self.step("good_things")
        self.ask_texts("good_things", "good_thing")
        self.step("worried")
        self.ask_said("worried", "worried_who", "worried_text")
        self.step("what_happened")
        self.ask_events()
        self.step("parents_say")
        self.ask_said("parents_say", "parent_who", "parent_text")
        self.step("safety_plan")
        self.ask_rules()
        while not self.story.tells_a_story():
            self.say(self.words.text("problems", "no_story"))
            self.ask_said("worried", "worried_who", "worried_text")
        self.step("helpers")
        self.ask_helpers()
        self.step("child_can")
        self.ask_texts("child_can", "child_can")
        self.step("book")
        self.ask_book()
        return self.story

    def ask_children(self) -> None:
        """Ask for the children the book is for: name, age, pronoun."""
        while True:
            name = self.ask("child_name", required=True)
            age = self.ask("child_age", {"name": name}, required=True,
                           parse=lambda a: self.parse_number(a, 0, 120))
            pronoun = self.ask("child_pronoun", {"name": name}, required=True,
                               parse=self.parse_pronoun)
            self.story.children.append(self.story.add(name, "child", name, age, pronoun).id)
            if not self.ask_yes("more_children", default=False):
                return

    def ask_people(self) -> None:
        """Ask for everyone else in the story: name, role, how the child calls them."""
        while True:
            name = self.ask("person_name")
            if name is None:
                return
            role, pronoun = self.ask_role(name)
            called = self.ask("person_called", {"name": name}, default=name) or name
            age = self.ask_age(name) if role == "child" else None
            self.story.add(name, role, called, age, pronoun)

    def ask_texts(self, section: str, key: str) -> None:
        """Ask for plain items of a section until an empty answer."""
        while (text := self.ask(key)) is not None:
            self.story.add_entry(section, text=text)

    def ask_said(self, section: str, who_key: str, text_key: str) -> None:
        """Ask who saw or said something, then what, until an empty answer."""
        while (who := self.ask_who(who_key)) is not None:
            text = self.ask(text_key, {"name": self.words.join(self.story.called(who))},
                            required=True)
            self.story.add_entry(section, text=text, who=who)

    def ask_events(self) -> None:
        """Ask for what happened: the event, when, where, who and how they felt."""
        while (text := self.ask("event_text")) is not None:
            self.story.add_entry(
                "what_happened", text=text, when=self.ask("event_when"),
                where=self.ask("event_where", parse=self.parse_place),
                who=self.ask_who("event_who"),
                feeling=self.ask("event_feeling", parse=self.parse_feeling))

    def ask_rules(self) -> None:
        """Ask for the rules: the action, who does it, when."""
        while (text := self.ask("rule_text")) is not None:
            who = self.ask_who("rule_who", required=True)
            self.story.add_entry("safety_plan", text=text, who=who, when=self.ask("rule_when"))

    def ask_helpers(self) -> None:
        """Ask for the helpers: who, what they do, their phone number."""
        while (who := self.ask_who("helper_who")) is not None:
            name: dict[str, object] = {"name": self.words.join(self.story.called(who))}
            self.story.add_entry("helpers", text=self.ask("helper_text", name, required=True),
                                 who=who, phone=self.ask("helper_phone", name))

    def ask_book(self) -> None:
        """Ask for the title, who made the book and the date of this draft."""
        default = self.words.default_title([self.story.people[i] for i in self.story.children])
        self.story.title = self.ask("title", default=default) or default
        self.story.made_by = self.ask_who("made_by") or []
        self.story.date = self.ask("date", default=self.today.isoformat(),
                                   parse=self.parse_date)

    # -- one question -----------------------------------------------------------------

    def ask(self, key: str, values: dict[str, object] | None = None, default: str = "",
            required: bool = False, parse: Callable[[str], Parsed] | None = None) -> Any:
        """Ask until the answer can be used; return it parsed (None when skipped)."""
        question = self.question(key, values, default)
        while True:
            answer = clean(click.prompt(question, default=default, show_default=False,
                                        prompt_suffix="> "))
            if not answer:
                if not required:
                    return None
                self.say(self.words.text("problems", "needed"))
                continue
            if parse is None:
                return answer
            value, problem = parse(answer)
            if problem is None:
                return value
            self.say(problem)

    def ask_yes(self, key: str, values: dict[str, object] | None = None,
                default: bool = True) -> bool:
        """Ask a yes/no question."""
        words = self.data("words")
        yes, no = [str(w) for w in words["yes_words"]], [str(w) for w in words["no_words"]]
        shown = "/".join([yes[0].upper(), no[0]] if default else [yes[0], no[0].upper()])
        question = self.question(key, values, shown)
        while True:
            typed = fold(click.prompt(question, default=(yes if default else no)[0],
                                      show_default=False, prompt_suffix="> "))
            if typed in yes or typed in no:
                return typed in yes
            self.say(self.words.text("problems", "yes_no"))

    def question(self, key: str, values: dict[str, object] | None, default: str) -> str:
        """Return a question as shown: the question, its default, its example on a line."""
        question, example = self.words.question(key, {"child": self.child_names(),
                                                      **(values or {})})
        if default:
            question += f" [{default}]"
        if example:
            question += "\n" + click.style(
                f"  ({self.words.text('words', 'example')}: {example})", dim=True)
        return question + "\n"

    def ask_who(self, key: str, values: dict[str, object] | None = None,
                required: bool = False) -> list[str] | None:
        """Ask for one or more people by name; offer to add someone who is not known yet."""
        while True:
            who = self.ask(key, values, parse=self.parse_people)
            if who or not required:
                return who or None
            self.say(self.words.text("problems", "nobody"))

    def ask_role(self, name: str) -> tuple[str, str | None]:
        """Ask who someone is to the child; return their role and, if it says, pronoun."""
        result: tuple[str, str | None] = self.ask("person_role", {"name": name}, required=True,
                                                  parse=self.parse_role)
        return result

    def ask_age(self, name: str) -> int:
        """Ask a child's age."""
        age: int = self.ask("person_age", {"name": name}, required=True,
                            parse=lambda a: self.parse_number(a, 0, 120))
        return age

    # -- reading answers --------------------------------------------------------------

    def parse_number(self, answer: str, low: int, high: int) -> Parsed:
        """Return a whole number from low to high."""
        if answer.isdigit() and low <= int(answer) <= high:
            return int(answer), None
        return None, self.words.text("problems", "number", low=low, high=high)

    def parse_pronoun(self, answer: str) -> Parsed:
        """Return he, she or they."""
        found = self.words.answer("pronouns", answer)
        return (found, None) if found else (None, self.words.text("problems", "pronoun"))

    def parse_role(self, answer: str) -> Parsed:
        """Return (role, pronoun or None) from a role word."""
        found = self.words.answer("roles", answer)
        if found is None and answer.casefold().replace(" ", "_") in ROLES:
            found = answer.casefold().replace(" ", "_")
        if found is None:
            _, examples = self.words.question("person_role", {})
            return None, self.words.text("problems", "role", examples=examples)
        if isinstance(found, list):
            return (str(found[0]), str(found[1]) if len(found) > 1 else None), None
        return (str(found), None), None

    def parse_place(self, answer: str) -> Parsed:
        """Return a place the drawings know, or the caseworker's own words."""
        found = self.words.answer("places", answer)
        if found is None and answer.casefold().replace(" ", "_") in PLACES:
            found = answer.casefold().replace(" ", "_")
        return (found or answer), None

    def parse_feeling(self, answer: str) -> Parsed:
        """Return one of the feelings the drawings know."""
        found = self.words.answer("feelings", answer)
        if found is None and answer.casefold() in FEELINGS:
            found = answer.casefold()
        if found is None:
            examples = ", ".join(str(k) for k in self.data("answers")["feelings"])
            return None, self.words.text("problems", "feeling", examples=examples)
        return found, None

    def parse_date(self, answer: str) -> Parsed:
        """Return a date written as year-month-day."""
        try:
            return dt.date.fromisoformat(answer), None
        except ValueError:
            return None, self.words.text("problems", "date")

    def parse_people(self, answer: str) -> Parsed:
        """Return the ids of the people named; someone unknown may be added on the spot."""
        ids: list[str] = []
        separator = rf"\s*,\s*|\s+(?:{re.escape(self.data('words')['and'])}|&)\s+"
        for name in (n for n in re.split(separator, answer) if n):
            person = self.story.find(name, self.words.articles)
            if person is None:
                if not self.ask_yes("add_person", {"name": name}):
                    names = self.words.join([p.called for p in self.story.people.values()])
                    return None, self.words.text("problems", "people", names=names)
                role, pronoun = self.ask_role(name)
                age = self.ask_age(name) if role == "child" else None
                person = self.story.add(name, role, name, age, pronoun)
            if person.id not in ids:
                ids.append(person.id)
        return ids, None

    # -- saying things ----------------------------------------------------------------

    def data(self, key: str) -> Any:
        """Return a part of the interview file as it is."""
        return self.words.data[key]

    def child_names(self) -> str:
        """Return how the children are called, joined: 'Sam en Noor'."""
        return self.words.join(self.story.called(self.story.children))

    def say(self, text: str) -> None:
        """Say something to the caseworker."""
        click.echo(text)

    def step(self, key: str) -> None:
        """Announce a part of the book."""
        click.echo()
        click.echo(click.style(self.words.text("steps", key, child=self.child_names()),
                               bold=True))
