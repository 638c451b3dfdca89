#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Uses OMS Sync Desk the way a screen reader user does: over the
# accessibility bus (AT-SPI), finding every control by its role and the name
# it is announced with, never by position or object name.
#
#   screen_reader_walk.py --app PATH --catalog TS_FILE|- [--shots DIR]
#
# It opens the demo, starts a paused task by names alone (the row is selected
# through the table's accessible interface, the four key fields are told
# apart by their names) and checks that the row then reads "Synchronizing".
# On the way it opens every window a user can reach (the main window with a
# profile and with the overview, the credentials dialog, the profiles dialog,
# the profile editor, settings, the new-task wizard, About) and fails on a
# focusable control without a name, or on two inputs in one window that are
# announced alike.
#
# The names are looked up in the translation catalog the application itself
# loads (--catalog), so the same walk runs in every language it speaks; "-"
# means English, the source language.
#
# Runs inside tests/fixtures/with-desktop.sh: a private session bus (which
# starts the AT-SPI bus of at-spi2-core on demand) and an Xvfb display.

import argparse
import os
import subprocess
import sys
import time
import warnings
import xml.etree.ElementTree as ElementTree

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# libatspi 2.46 marks its *_iface getters deprecated in favour of calls that
# PyGObject does not expose; they are the way that works here.
warnings.filterwarnings("ignore", category=DeprecationWarning)

TIMEOUT = 30.0

# Roles a user types into or picks a value with: two of these announced
# alike in one window cannot be told apart.
INPUT_ROLES = {
    Atspi.Role.TEXT,
    Atspi.Role.PASSWORD_TEXT,
    Atspi.Role.ENTRY,
    Atspi.Role.SPIN_BUTTON,
    Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON,
    Atspi.Role.DATE_EDITOR,
    Atspi.Role.SLIDER,
}
# A combo box is announced by its current value on Linux, whatever its
# accessible name; its label (labelled-by) is what tells it apart.
COMBO_ROLES = {Atspi.Role.COMBO_BOX}


class WalkFailure(Exception):
    pass


# The standard buttons of a dialog button box are translated by Qt's own
# catalog (qtbase, from qt6-translations-l10n), not the application's.
QT_STANDARD_BUTTONS = {
    "zh_CN": {"&Close": "关闭", "&Cancel": "取消", "&OK": "确定", "&Save": "保存"},
}


class Catalog:
    """What the application shows for an English source text."""

    def __init__(self, path):
        self.translations = {}
        if path == "-":
            return
        root = ElementTree.parse(path).getroot()
        self.translations.update(QT_STANDARD_BUTTONS.get(root.get("language"), {}))
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                self.translations.setdefault(source, text)

    def text(self, source):
        return self.translations.get(source, source)

    def name(self, source):
        """The accessible name: Qt announces a text without its mnemonic."""
        return self.text(source).replace("&&", "\0").replace("&", "").replace("\0", "&")


def wait_until(what, probe, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = probe()
        except gi.repository.GLib.Error:
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise WalkFailure(f"timed out waiting for {what}")
        time.sleep(0.1)


def children(node):
    try:
        count = node.get_child_count()
    except gi.repository.GLib.Error:
        return []
    found = []
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except gi.repository.GLib.Error:
            continue
        if child is not None:
            found.append(child)
    return found


def descendants(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        role = current.get_role()
        # Rows of a table are the table's business (checked through its
        # interface), and there may be hundreds.
        if role in (Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.TREE, Atspi.Role.LIST):
            continue
        stack.extend(reversed(children(current)))


def states(node):
    return node.get_state_set()


def showing(node):
    state = states(node)
    return state.contains(Atspi.StateType.SHOWING) and state.contains(Atspi.StateType.VISIBLE)


def describe(node):
    return f"{node.get_role_name()} “{node.get_name()}”"


def shown_text(node):
    """What a control displays, to point at an unnamed one in a report."""
    text = node.get_text_iface()
    if text is None:
        return ""
    content = text.get_text(0, min(text.get_character_count(), 60))
    return f" showing “{content}”" if content else ""


def where(node):
    """The roles and names from the window down to `node`, for a report."""
    path = []
    current = node.get_parent()
    while current is not None and current.get_role() not in (Atspi.Role.FRAME, Atspi.Role.DIALOG,
                                                              Atspi.Role.APPLICATION):
        path.append(describe(current) if current.get_name() else current.get_role_name())
        current = current.get_parent()
    return " in ".join(path) if path else "the window itself"


def find(root, role, name, timeout=TIMEOUT):
    def probe():
        for node in descendants(root):
            if node.get_role() == role and node.get_name() == name and showing(node):
                return node
        return None

    return wait_until(f"{Atspi.role_get_name(role)} “{name}”", probe, timeout)


def press(node):
    action = node.get_action_iface()
    if action is None:
        raise WalkFailure(f"{describe(node)} cannot be pressed")
    for index in range(action.get_n_actions()):
        if action.get_action_name(index) in ("press", "click", "activate", "Press", "SetFocus"):
            action.do_action(index)
            return
    action.do_action(0)


def type_into(node, text):
    editable = node.get_editable_text_iface()
    if editable is None:
        raise WalkFailure(f"{describe(node)} takes no text")
    node.grab_focus()
    editable.set_text_contents(text)


def labelled_by(node):
    names = []
    for relation in node.get_relation_set():
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for index in range(relation.get_n_targets()):
                names.append(relation.get_target(index).get_name())
    return " ".join(names)


def check_window(window, title, every_page=False):
    """Fails on a focusable control without a name, or on inputs alike.

    With every_page, the text fields of pages not shown count too, for the
    duplicate check: a wizard's pages are one dialog, and a name must tell a
    field on the first page from its twin on the third."""
    problems = []
    inputs = {}
    for node in descendants(window):
        if node is window:
            continue
        role = node.get_role()
        name = (node.get_name() or "").strip()
        if not showing(node):
            if every_page and role in (Atspi.Role.TEXT, Atspi.Role.PASSWORD_TEXT) and name:
                inputs.setdefault(name, []).append(node.get_role_name())
            continue
        if role in COMBO_ROLES:
            name = labelled_by(node).strip() or (node.get_description() or "").strip()
        if states(node).contains(Atspi.StateType.FOCUSABLE) and not name:
            if role in COMBO_ROLES:
                problems.append(
                    f"combo box showing “{node.get_name()}” has no label ({where(node)})")
            else:
                problems.append(
                    f"{node.get_role_name()}{shown_text(node)} has no name ({where(node)})")
        if (role in INPUT_ROLES or role in COMBO_ROLES) and name:
            inputs.setdefault(name, []).append(node.get_role_name())
    for name, roles in inputs.items():
        if len(roles) > 1:
            problems.append(f"{len(roles)} inputs are announced as “{name}” ({', '.join(roles)})")
    if problems:
        raise WalkFailure(f"window “{title}”:\n  " + "\n  ".join(problems))
    print(f"ok: window “{title}”: every focusable control named, no two inputs alike")


class Walk:
    def __init__(self, arguments):
        self.arguments = arguments
        self.catalog = Catalog(arguments.catalog)
        self.app = None
        self.process = None

    def tr(self, source):
        return self.catalog.name(source)

    def shot(self, name):
        if self.arguments.shots:
            os.makedirs(self.arguments.shots, exist_ok=True)
            subprocess.run(
                ["import", "-window", "root", os.path.join(self.arguments.shots, name + ".png")],
                check=False,
            )

    def start(self):
        environment = dict(os.environ)
        environment["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        environment["QT_ACCESSIBILITY"] = "1"
        self.process = subprocess.Popen(
            [self.arguments.app, "--demo"],
            env=environment,
            stdout=subprocess.DEVNULL,
        )
        pid = self.process.pid

        def application():
            desktop = Atspi.get_desktop(0)
            for candidate in children(desktop):
                if candidate.get_process_id() == pid:
                    return candidate
            if self.process.poll() is not None:
                raise WalkFailure(f"oms-sync-desk exited with {self.process.returncode}")
            return None

        self.app = wait_until("the application on the accessibility bus", application)

    def window(self, title, timeout=TIMEOUT):
        def probe():
            for window in children(self.app):
                if window.get_name() == title and showing(window):
                    return window
            return None

        return wait_until(f"window “{title}”", probe, timeout)

    def window_gone(self, title):
        def probe():
            return all(w.get_name() != title or not showing(w) for w in children(self.app))

        wait_until(f"window “{title}” to close", probe)

    def main_window(self):
        def probe():
            for window in children(self.app):
                if window.get_role() == Atspi.Role.FRAME and showing(window):
                    return window
            return None

        return wait_until("the main window", probe)

    def menu_item(self, window, menu, item):
        """The item of a menu bar's menu, as Qt lays them out: the bar's
        item, its popup menu, the popup's items."""
        for node in descendants(window):
            if node.get_role() != Atspi.Role.MENU_BAR:
                continue
            for top in children(node):
                if top.get_name() != self.tr(menu):
                    continue
                for popup in children(top):
                    for entry in children(popup):
                        if entry.get_name() == self.tr(item):
                            return entry
        raise WalkFailure(f"no menu item “{self.tr(menu)} > {self.tr(item)}”")

    def task_rows(self, table):
        grid = table.get_table_iface()
        rows = []
        for row in range(grid.get_n_rows()):
            cells = []
            for column in range(grid.get_n_columns()):
                cell = grid.get_accessible_at(row, column)
                cells.append(cell.get_name() if cell is not None else "")
            rows.append(cells)
        return rows

    def run(self):
        self.start()
        main = self.main_window()
        table = find(main, Atspi.Role.TREE, self.tr("Sync tasks"))
        paused = self.tr("Paused")
        synchronizing = self.tr("Synchronizing")

        def paused_row():
            for index, cells in enumerate(self.task_rows(table)):
                if paused in cells:
                    return (index, cells)
            return None

        row, cells = wait_until("a paused task in the table", paused_row)
        print(f"ok: paused task found in row {row}: {' | '.join(c for c in cells if c)}")
        check_window(main, main.get_name())
        self.shot("main-window")

        grid = table.get_table_iface()
        for selected in grid.get_selected_rows():
            grid.remove_row_selection(selected)
        if not grid.add_row_selection(row):
            raise WalkFailure(f"row {row} could not be selected through the table")
        start = wait_until(
            "the Start button to be enabled",
            lambda: next(
                (
                    node
                    for node in descendants(main)
                    if node.get_role() == Atspi.Role.PUSH_BUTTON
                    and node.get_name() == self.tr("&Start…")
                    and states(node).contains(Atspi.StateType.ENABLED)
                ),
                None,
            ),
        )
        press(start)

        dialog = self.window(self.tr("Start Sync Task"))
        check_window(dialog, dialog.get_name())
        fields = {
            "Source access key (AK)": "AKSOURCEEXAMPLE0001",
            "Source secret key (SK)": "source-secret-key-example-0001",
            "Destination access key (AK)": "AKDESTINATIONEXAMPLE01",
            "Destination secret key (SK)": "destination-secret-key-example-01",
        }
        for source, value in fields.items():
            role = Atspi.Role.PASSWORD_TEXT if "secret" in source else Atspi.Role.TEXT
            type_into(find(dialog, role, self.tr(source)), value)
        self.shot("credentials-dialog")
        press(find(dialog, Atspi.Role.PUSH_BUTTON, self.tr("&Start")))
        self.window_gone(dialog.get_name())

        def reads_synchronizing():
            cells = self.task_rows(table)[row]
            return synchronizing in cells

        wait_until(f"row {row} to read “{synchronizing}”", reads_synchronizing)
        print(f"ok: row {row} reads “{synchronizing}” after Start")

        # The started task stays selected: its details and its chart are
        # in the window now, with controls of their own.
        chart = self.tr("Statistics chart")
        wait_until(
            "the selected task's statistics chart",
            lambda: any(
                node.get_name() == chart and showing(node) and node.get_child_count() > 0
                for node in descendants(main)
            ),
        )
        check_window(main, f"{main.get_name()} (a task's details)")
        self.shot("details")

        self.walk_overview(main)
        self.walk_dialogs(main)
        self.process.terminate()
        self.process.wait(timeout=TIMEOUT)
        print("ok: the walk is complete")

    def walk_overview(self, main):
        """Selects "All profiles" in the profile list, as arrow keys would."""
        profiles = find(main, Atspi.Role.LIST, self.tr("Region profiles"))
        grid = profiles.get_table_iface()
        overview = self.tr("All profiles")
        rows = [grid.get_accessible_at(row, 0).get_name() for row in range(grid.get_n_rows())]
        matching = [row for row, name in enumerate(rows) if name.startswith(overview)]
        if not matching:
            raise WalkFailure(f"no “{overview}” in the profile list: {rows}")
        if not grid.add_row_selection(matching[0]):
            raise WalkFailure(f"“{overview}” could not be selected through the list")
        table = find(main, Atspi.Role.TREE, self.tr("Sync tasks"))
        profile_column = self.tr("Profile")

        def rows_of_every_profile():
            grid = table.get_table_iface()
            for column in range(grid.get_n_columns()):
                header = grid.get_column_header(column)
                if header is None or header.get_name() != profile_column:
                    continue
                cells = [grid.get_accessible_at(row, column) for row in range(grid.get_n_rows())]
                # The overview's own column, shown, with the tasks of both
                # demo profiles in it.
                shown = [cell for cell in cells if cell is not None and showing(cell)]
                return len({cell.get_name() for cell in shown}) >= 2
            return False

        wait_until("the tasks of every profile in the overview", rows_of_every_profile)
        check_window(main, f"{main.get_name()} (overview)")
        self.shot("overview")

    def open_from_menu(self, main, menu, item, title):
        press(self.menu_item(main, menu, item))
        return self.window(self.tr(title))

    def close(self, window, button):
        press(find(window, Atspi.Role.PUSH_BUTTON, self.tr(button)))
        self.window_gone(window.get_name())

    def walk_dialogs(self, main):
        about = self.open_from_menu(main, "&Help", "&About OMS Sync Desk", "About OMS Sync Desk")
        check_window(about, about.get_name())
        self.shot("about")
        self.close(about, "&Close")

        settings = self.open_from_menu(main, "&File", "&Settings…", "Settings")
        check_window(settings, settings.get_name())
        self.shot("settings")
        self.close(settings, "&Cancel")

        profiles = self.open_from_menu(main, "&File", "&Profiles…", "Region Profiles")
        check_window(profiles, profiles.get_name())
        self.shot("profiles")
        press(find(profiles, Atspi.Role.PUSH_BUTTON, self.tr("&Add…")))
        editor = self.window(self.tr("Add Profile"))
        check_window(editor, editor.get_name())
        self.shot("profile-editor")
        self.close(editor, "&Cancel")
        self.close(profiles, "&Close")

        wizard = self.open_from_menu(main, "&Task", "&New Sync Task…", "New Sync Task")
        check_window(wizard, wizard.get_name(), every_page=True)
        self.shot("wizard")
        self.close(wizard, "&Cancel")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--shots")
    arguments = parser.parse_args()
    walk = Walk(arguments)
    try:
        walk.run()
    except WalkFailure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        walk.shot("failure")
        if walk.process is not None:
            walk.process.kill()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
