"""The conversation itself: one question after another, in the order of the book, each
asked again until its answer can be used.

Every answer that was used is kept, in order (``Interview.log``). Going back ('<') is
starting again with those answers but the last, given without a word shown (``replay``):
every question and what follows from it (a person added, a list ended) comes back as it
was, up to the question before. 'stop' (or Ctrl-C) ends the conversation; what was
answered can then be kept as a draft (``interview``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

import click

from wordspictures.account.vocabulary import FEELINGS, PLACES, ROLES
from wordspictures.commands.interview.story import Story, clean, fold
from wordspictures.commands.interview.words import Words

# A parsed answer: the value, or the reason it cannot be used.
Parsed = tuple[Any, "str | None"]
# A phone number as typed: digits, with spaces, dashes, dots, brackets, a slash or a '+'.
PHONE = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*")
# A name longer than this (in words) is a sentence typed where names were asked.
NAME_WORDS = 4


class GoBack(Exception):
    """The caseworker typed '<': back to the question before."""


class Stop(Exception):
    """The caseworker typed 'stop'."""


class Interview:
    """Asks the questions of one story, in the order of the book."""

    def __init__(self, words: Words, story: Story, today: dt.date,
                 replay: Sequence[str] = ()):
        self.words = words
        self.story = story
        self.today = today
        self.log: list[str] = []  # every answer used, in order
        self.replay = list(replay)  # answers to give again, unseen, when going back

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
        """Ask for what happened: the event, when, where, who and how they felt.

        The event is in the story from its first answer on (a draft kept after 'stop'
        has it), and each answer after it is added to it."""
        while (text := self.ask("event_text")) is not None:
            event = self.story.add_entry("what_happened", text=text)
            fill_in(event, when=self.ask("event_when"))
            fill_in(event, where=self.ask("event_where", parse=self.parse_place))
            fill_in(event, who=self.ask_who("event_who"))
            fill_in(event, feeling=self.ask("event_feeling", parse=self.parse_feeling))

    def ask_rules(self) -> None:
        """Ask for the rules: the action, who does it, when."""
        while (text := self.ask("rule_text")) is not None:
            rule = self.story.add_entry("safety_plan", text=text)
            fill_in(rule, who=self.ask_who("rule_who", required=True))
            fill_in(rule, when=self.ask("rule_when"))

    def ask_helpers(self) -> None:
        """Ask for the helpers: who, what they do, their phone number."""
        while (who := self.ask_who("helper_who")) is not None:
            name: dict[str, object] = {"name": self.words.join(self.story.called(who))}
            helper = self.story.add_entry(
                "helpers", text=self.ask("helper_text", name, required=True), who=who)
            fill_in(helper, phone=self.ask("helper_phone", name, parse=self.parse_phone))

    def ask_book(self) -> None:
        """Ask for the title, who made the book and the date of this draft."""
        default = self.words.default_title([self.story.people[i] for i in self.story.children])
        self.story.title = self.ask("title", default=default) or default
        self.story.made_by = self.ask_who("made_by") or []
        self.story.date = self.ask("date", default=self.today.isoformat(),
                                   parse=self.parse_date)

    # -- one question -----------------------------------------------------------------

    def ask(self, key: str, values: dict[str, object] | None = None, default: str = "",
            required: bool = False, parse: Callable[[str], Parsed] | None = None,
            needed: str = "needed") -> Any:
        """Ask until the answer can be used; return it parsed (None when skipped).

        An answer that cannot be used is not kept, nor what was answered while reading it
        (a person added on the way): going back never lands on it. ``needed`` is what a
        required question says to an empty answer."""
        question = self.question(key, values, default)
        while True:
            kept = len(self.log)
            answer = clean(self.read(question, default))
            if not answer:
                if not required:
                    return None
                del self.log[kept:]
                self.say(self.words.text("problems", needed))
                continue
            if parse is None:
                return answer
            value, problem = parse(answer)
            if problem is None:
                return value
            del self.log[kept:]
            self.say(problem)

    def ask_yes(self, key: str, values: dict[str, object] | None = None,
                default: bool = True) -> bool:
        """Ask a yes/no question; Enter is ``default``."""
        words = self.data("words")
        yes, no = [str(w) for w in words["yes_words"]], [str(w) for w in words["no_words"]]
        shown = "/".join([yes[0].upper(), no[0]] if default else [yes[0], no[0].upper()])
        question = self.question(key, values, shown)
        while True:
            typed = fold(self.read(question, (yes if default else no)[0]))
            if typed in yes or typed in no:
                return typed in yes
            self.log.pop()
            self.say(self.words.text("problems", "yes_no"))

    def read(self, question: str, default: str) -> str:
        """Return what was typed, kept in the log: the answer given before while going
        back, else the caseworker's. '<' goes back (``GoBack``), 'stop' stops (``Stop``)."""
        if self.replay:
            typed = self.replay.pop(0)
        else:
            typed = click.prompt(question, default=default, show_default=False,
                                 prompt_suffix="> ")
            command = fold(clean(typed))
            if command in self.command_words("back"):
                raise GoBack
            if command in self.command_words("stop"):
                raise Stop
        self.log.append(typed)
        return typed

    def command_words(self, command: str) -> set[str]:
        """Return the words that, typed alone, go back or stop."""
        return {fold(str(word)) for word in self.data("words").get(command, [])}

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
        who = self.ask(key, values, required=required, parse=self.parse_people,
                       needed="nobody")
        return who or None

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

    def parse_phone(self, answer: str) -> Parsed:
        """Return a phone number: digits, and the marks people write between them."""
        if PHONE.fullmatch(answer):
            return answer, None
        return None, self.words.text("problems", "phone")

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
            if person is None and looks_like_a_sentence(name):
                return None, self.words.text("problems", "sentence")
            if person is None:
                # Enter does not add: a name mistyped is not a new person.
                if not self.ask_yes("add_person", {"name": name}, default=False):
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
        """Say something to the caseworker (nothing while going back: it was said)."""
        if not self.replay:
            click.echo(text)

    def step(self, key: str) -> None:
        """Announce a part of the book."""
        if self.replay:
            return
        click.echo()
        click.echo(click.style(self.words.text("steps", key, child=self.child_names()),
                               bold=True))


def fill_in(entry: dict[str, Any], **keys: Any) -> None:
    """Add the answered keys to an item of the story (an empty answer adds nothing)."""
    entry.update({k: v for k, v in keys.items() if v not in (None, "", [])})


def looks_like_a_sentence(name: str) -> bool:
    """Return True for a 'name' that is a sentence ('Oma Ria komt elke dag'): it ends like
    one, or has more words than a name with its title ('Sofie van Veilig Thuis')."""
    return name.rstrip().endswith((".", "!", "?")) or len(name.split()) > NAME_WORDS
