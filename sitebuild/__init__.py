"""Project tooling: the snippet runner and the MkDocs hooks that use it.

How the build works
===================

``mkdocs build`` (and each rebuild of ``mkdocs serve``) builds the English site;
mkdocs-static-i18n's on_post_build (priority -100) then builds the Chinese one
into site/zh/, running every event again with the same config and hooks.  Hooks
run after the plugins of the same priority, in mkdocs.yml's ``hooks:`` order;
a priority is given only where a hook must follow (or precede) a plugin.  What
the hooks keep between events and builds is ``plugin_state.STATE``; which
language is building, ``plugin_state.language_build(config)``.

English build, in order (priority in brackets, 0 when not given):

on_config        mkdocs_hooks: the ``snippet`` fence; rebuild_cache.install (its patches).
                 i18n_hooks: jieba learns the glossary's terms.  lab_hooks: JUPYTER_PATH.
                 material_patches: the wrapped-tables Markdown extension.
on_pre_build     mkdocs_hooks: STATE.new_build(); runs every snippet the docs show, both
                 languages', concurrently, then the alone="1" ones, before any page renders.
                 i18n_hooks: the permalink title.  lab_hooks [-50]: forgets the notebook's run;
                 points mkdocs-jupyter's render cache at this language's folder.
on_files [-110]  after i18n's (-100), which rebuilds the file list: i18n_hooks reports
                 missing twins and wraps notebooks again as mkdocs-jupyter pages;
                 lab_hooks adds the notebook downloads.
on_env           mkdocs_hooks: the templates' bytecode cache (rebuild_cache).
on_pre_page [10] lab_hooks: before mkdocs-jupyter's, points the page at the executed notebook.
on_page_markdown mkdocs_hooks: reads the page's fences (fences.py), reports bad headers.
                 Page.render runs the fences (mkdocs_hooks.validate/render; cached by rebuild_cache).
on_page_content  mkdocs_hooks: ``toc_depth``.  lab_hooks: trims nbconvert's HTML, heading ids.
on_post_page     i18n_hooks: (Chinese build only) the page's search base under zh/.
on_post_build    i18n's (-100) builds the Chinese site (below) and merges the search index;
  [-150]         then mkdocs_hooks writes .cache/snippets/last-build.json and logs the
                 counts; i18n_hooks splits the search index and sitemap per edition;
                 material_patches patches Material's JavaScript bundle (start-up restyles;
                 the search worker is the site's own: docs/assets/javascripts/workers/).

Chinese build (inside the English on_post_build): the same events, except that
mkdocs_hooks.on_pre_build runs nothing (every result is cached), i18n_hooks.on_pre_build
keeps the English 404.html and sets the Chinese permalink title, on_post_page and
on_post_template point pages at zh/'s search index, and on_post_build [-150] moves
the Chinese 404.html to zh/ and puts the English one back; the other on_post_builds
return at once.
"""
