"""``make check`` leaves out exactly the tests that start processes, search at length, import
generated households or build the whole window."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests import test_amounts, test_cli_faults, test_cli_foundation
from tests.categorize import test_regex_rules, test_rule_book
from tests.health import test_health_grades
from tests.journeys import test_new_user
from tests.safety import test_fuzz, test_two_processes
from tests.tiers import (
    builds_the_window,
    imports_a_household,
    is_slow,
    spawns_a_process,
    starts_a_process,
)


def test_a_test_that_starts_the_command_or_a_second_process_is_slow() -> None:
    # through tests.helpers.run_cli_process, and through the tests.safety.processes module
    assert spawns_a_process(
        test_regex_rules.test_catastrophic_pattern_finishes_import_and_rules_run
    )
    assert spawns_a_process(
        test_two_processes.test_second_writer_waits_for_the_first_and_both_writes_are_kept
    )


def test_the_command_run_as_a_shell_runs_it_is_fast_and_sees_no_keyring() -> None:
    # tests.helpers.run_cli: in the test's process, so in the fast tier; without the keyring,
    # so the ``store`` fixture gives the test a store its passphrase opens
    wrong_passphrase = test_cli_foundation.test_wrong_passphrase_exits_2_with_one_line
    assert not spawns_a_process(wrong_passphrase)
    assert starts_a_process(SimpleNamespace(obj=wrong_passphrase, _fixtureinfo=None))
    assert not starts_a_process(
        SimpleNamespace(obj=test_amounts.test_hostile_amounts_are_refused, _fixtureinfo=None)
    )


def test_a_test_that_imports_what_starts_a_process_in_its_own_body_is_slow() -> None:
    from tests.categorize import test_rules
    from tests.gui import test_tray_login

    # ``import subprocess`` inside the test
    assert spawns_a_process(
        test_tray_login.test_a_second_login_start_leaves_the_running_finapp_alone
    )
    assert not spawns_a_process(
        test_tray_login.test_a_second_launch_brings_up_the_window_of_the_background_start
    )
    # ``from tests.helpers import run_cli`` inside the test: followed too
    rules_cli = SimpleNamespace(obj=test_rules.test_cli_rules_add_and_list, _fixtureinfo=None)
    assert starts_a_process(rules_cli)


def test_a_test_in_one_process_stays_in_the_fast_tier() -> None:
    assert not spawns_a_process(test_amounts.test_hostile_amounts_are_refused)
    # the command run inside the test's process, beside tests of the same file that start it
    assert not spawns_a_process(
        test_cli_faults.test_a_full_disk_on_a_write_is_one_line_and_saves_nothing
    )


def test_a_long_generated_search_is_slow_and_a_plain_test_is_not() -> None:
    def item(test: object) -> Any:
        return SimpleNamespace(obj=test, _fixtureinfo=None)  # what the hook reads of an item

    search = test_rule_book.test_compiled_book_picks_what_a_scan_in_order_picks  # Hypothesis
    assert is_slow(item(search), {})
    fuzz = test_fuzz.test_generated_amounts_dates_and_payees_read_as_the_reference_or_are_refused
    assert is_slow(item(fuzz), {})
    journey = test_new_user.test_first_run_with_a_passphrase_then_three_imports_every_page_and_quit
    assert is_slow(item(journey), {})
    assert not is_slow(item(test_amounts.test_hostile_amounts_are_refused), {})


def test_a_test_over_a_generated_household_is_slow_and_its_neighbours_are_not() -> None:
    over_a_household = (
        test_health_grades.test_an_ordinary_household_is_healthy_where_its_statements_end
    )
    assert imports_a_household(over_a_household) and not spawns_a_process(over_a_household)
    assert not imports_a_household(test_health_grades.test_an_overdrawn_checking_account_is_at_risk)


def test_a_test_that_builds_the_whole_window_is_slow_and_one_of_a_page_or_dialog_is_not() -> None:
    from tests.gui import shell_support, test_pages_transactions, test_shell_first_run

    assert builds_the_window(shell_support.make_shell)  # the shell, with every page
    # the launcher, which opens the store and builds the shell, beside a test of its dialog alone
    assert builds_the_window(test_shell_first_run.test_a_store_with_data_skips_the_first_run_screen)
    assert not builds_the_window(test_shell_first_run.test_first_run_dialog_offers_import_and_demo)
    assert not builds_the_window(test_pages_transactions.test_search_box_filters_after_typing)
