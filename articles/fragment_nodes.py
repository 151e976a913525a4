"""The article page's fragments rendered one by one, without the page around them.

After each change of the content version an article page misses its related news, "Tin khác"
and the site header and footer (articles/article_page.py); its own parts are still kept and the
frame around them is the same (articles/page_frame.py). Rendering the whole template again for
those four cost most of a rebuild. So the ``{% fragment %}`` nodes of the page are found once
per process by walking its templates the way the engine renders them (``{% extends %}`` with
its block overrides, ``{% block %}``, ``{% include %}`` of a fixed template), and a missing
fragment is rendered alone in the context the template would give it: the view's context
with the context processors. A fragment found anywhere else (inside ``{% if %}``, ``{% with %}``,
``{% for %}``, an include with its own variables) could depend on what surrounds it: it is not
taken, and a page missing it renders the whole template, as before.
"""

import threading

from django.core.signals import setting_changed
from django.template import Template as EngineTemplate
from django.template.context import make_context
from django.template.loader import get_template
from django.template.loader_tags import BlockNode, ExtendsNode, IncludeNode

from articles.templatetags.articles_tags import FragmentNode

_nodes = {}  # template name -> {fragment name: node}, or None when they cannot be rendered alone
_lock = threading.Lock()


class _Unsafe(Exception):
    """The same fragment name twice, or a template not named by a fixed string."""


def _fixed_name(expression):
    if expression.filters or not isinstance(expression.var, str):
        raise _Unsafe(expression.token)
    return expression.var


def _walk(nodelist, blocks, found, seen=()):
    """`seen`: the templates above this one (one extending a template of its own name, from
    another directory, is not followed)."""
    for node in nodelist:
        if isinstance(node, FragmentNode):
            if node.name in found:
                raise _Unsafe(node.name)
            found[node.name] = node
        elif isinstance(node, ExtendsNode):
            name = _fixed_name(node.parent_name)
            if name in seen:
                raise _Unsafe(name)
            parent = get_template(name).template
            _walk(parent.nodelist, {**node.blocks, **blocks}, found, (*seen, name))  # child wins
            return
        elif isinstance(node, BlockNode):
            _walk(blocks.get(node.name, node).nodelist, blocks, found)
        elif isinstance(node, IncludeNode) and not node.extra_context and not node.isolated_context:
            included = node.template
            if isinstance(included, EngineTemplate):  # {% include %} of a compiled template
                raise _Unsafe(included)
            name = _fixed_name(included)
            if name in seen:
                raise _Unsafe(name)
            _walk(get_template(name).template.nodelist, {}, found, (*seen, name))


def fragment_nodes(template_name):
    """{fragment name: node} of the page, or None when a fixed walk cannot be trusted."""
    if template_name not in _nodes:
        with _lock:
            if template_name not in _nodes:
                found = {}
                try:
                    template = get_template(template_name).template
                    _walk(template.nodelist, {}, found, (template_name,))
                except _Unsafe:
                    found = None
                _nodes[template_name] = found
    return _nodes[template_name]


def render_missing(template_name, request, context, fragments) -> bool:
    """Render the page's missing fragments alone into `fragments`; False when one of them
    is not a fragment that can be (then nothing is rendered)."""
    nodes = fragment_nodes(template_name)
    missing = [name for name, html in fragments.html.items() if html is None]
    if nodes is None or not set(missing) <= nodes.keys():
        return False
    template = get_template(template_name).template
    bound = make_context(context, request, autoescape=template.engine.autoescape)
    with bound.render_context.push_state(template), bound.bind_template(template):
        for name in missing:
            fragments.store(name, nodes[name].nodelist.render(bound))
    return True


def forget_fragment_nodes(**kwargs) -> None:
    _nodes.clear()


setting_changed.connect(forget_fragment_nodes, dispatch_uid="article-fragment-nodes")
