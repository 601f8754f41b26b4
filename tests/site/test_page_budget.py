"""Every page of the built site stays within its page type's budget (gates/page_budget.py).

The figures come from the built files, not from a clock, so this blocks in CI
whatever the machine's load; Lighthouse's timings are only reported.
"""

import copy

from gates import page_budget


def test_every_page_type_has_a_budget(site):
    kinds = {page_budget.page_type(site, page) for page in page_budget.pages(site)}
    assert kinds >= {"home", "home zh", "chapter", "chapter zh", "lab", "lab zh"}
    assert kinds <= set(page_budget.load_budgets()), "run: python gates/page_budget.py site --update"


def test_every_page_is_within_its_budget(site):
    problems = page_budget.over_budget(site, page_budget.load_budgets())
    assert not problems, "\n".join(problems)


def test_a_page_that_grows_fails_naming_the_page_the_figure_and_the_budget(site):
    budgets = copy.deepcopy(page_budget.load_budgets())
    home = page_budget.measure(site, site / "index.html")
    budgets["home"]["elements"] = home["elements"] - 1
    budgets["home"]["requests"] = home["requests"] - 1
    problems = page_budget.over_budget(site, budgets)
    assert (
        f"/ (home): elements = {home['elements']:g}, over its budget of {home['elements'] - 1:g}" in problems
    )
    assert any(line.startswith(f"/ (home): requests = {home['requests']:g}, ") for line in problems)
    assert len(problems) == 2, problems


def test_the_figures_are_the_same_whatever_the_machine(site):
    page = site / "index.html"
    assert page_budget.measure(site, page) == page_budget.measure(site, page)
    figures = page_budget.measure(site, page)
    assert figures["requests"] == len(page_budget.requested(site, page))
    assert figures["total"] > figures["sitemap"] > 0 and figures["blocking"] >= 1
    assert figures["search"] > figures["total"] / 2  # the index, fetched only when search opens
