//! The parsed document: every node in one vector, linked by index, which html5ever's tree
//! builder fills through [`Sink`] and the walk reads through [`NodeRef`].
//!
//! A node costs its links and a small value: an element's name is interned atoms and its
//! attributes a range of one vector shared by the document, a text is one string however
//! many times the tokenizer handed it over. Nodes are never removed: those the tree builder
//! detaches stay in the vector (as they do in `ego_tree`), and `Tree::nodes` still lists
//! them.
//!
//! The tree is built as scraper builds its own, node for node and in the same order: a
//! `<template>`'s content is a fragment that is the template's first child, adjacent texts are
//! merged, attributes are sorted by name. The tests hold the two side by side.

use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{expanded_name, local_name, ns, Attribute, LocalName, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::cmp::Ordering;
use std::num::NonZeroU32;

/// A node's place in the tree's vector of nodes, counted from 1: a missing link
/// (`Option<NodeId>`) then takes no more room than a link, and a node's five links half the
/// room of `u64`s, which matters on pages of millions of nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct NodeId(NonZeroU32);

impl NodeId {
    /// The document's (or the fragment's) own node, made first.
    const ROOT: NodeId = NodeId(NonZeroU32::MIN);

    fn at(index: usize) -> NodeId {
        let id = u32::try_from(index + 1).ok().and_then(NonZeroU32::new);
        NodeId(id.expect("fewer than 2^32 - 1 nodes"))
    }

    fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// A node with its links to its neighbours.
#[derive(Debug)]
struct Entry {
    parent: Option<NodeId>,
    prev_sibling: Option<NodeId>,
    next_sibling: Option<NodeId>,
    first_child: Option<NodeId>,
    last_child: Option<NodeId>,
    data: Data,
}

/// What a node is.
#[derive(Debug)]
enum Data {
    Document,
    Fragment,
    Doctype,
    Comment,
    ProcessingInstruction,
    Text(StrTendril),
    Element {
        name: QualName,
        /// Its attributes in [`Tree::attrs`], sorted by name.
        attrs_start: u32,
        attrs_end: u32,
    },
}

/// A parsed document, or a fragment parsed as the content of a `<body>`.
#[derive(Debug)]
pub(crate) struct Tree {
    nodes: Vec<Entry>,
    /// The attributes of every element, each element's in one run.
    attrs: Vec<Attribute>,
    /// How many elements were made, those detached from the tree included.
    elements: usize,
}

impl Tree {
    fn new(root: Data) -> Tree {
        Tree {
            nodes: vec![Entry::new(root)],
            attrs: Vec::new(),
            elements: 0,
        }
    }

    /// The document's node (or the fragment's).
    pub fn root(&self) -> NodeRef<'_> {
        self.get(NodeId::ROOT)
    }

    /// The root's first element: `<html>`, in a document and in a fragment alike.
    pub fn root_element(&self) -> Option<NodeRef<'_>> {
        self.root().children().find(|n| n.as_element().is_some())
    }

    /// How many elements the tree holds, those detached from it included: at least as many
    /// as a walk meets.
    pub fn element_count(&self) -> usize {
        self.elements
    }

    /// The values of every attribute of this local name (in any namespace) that an element
    /// made has or had, those of detached elements included; a value may come more than
    /// once. One pass over the attributes of the whole document, compared by atom.
    pub fn attr_values(&self, name: &LocalName) -> impl Iterator<Item = &str> {
        let name = name.clone();
        self.attrs
            .iter()
            .filter(move |a| a.name.local == name)
            .map(|a| &*a.value)
    }

    /// Every node in the order they were made, those detached from the tree included.
    #[cfg(test)]
    pub fn nodes(&self) -> impl Iterator<Item = NodeRef<'_>> {
        (0..self.nodes.len()).map(|i| self.get(NodeId::at(i)))
    }

    fn get(&self, id: NodeId) -> NodeRef<'_> {
        NodeRef { tree: self, id }
    }

    fn entry(&self, id: NodeId) -> &Entry {
        &self.nodes[id.index()]
    }

    fn entry_mut(&mut self, id: NodeId) -> &mut Entry {
        &mut self.nodes[id.index()]
    }

    fn push(&mut self, data: Data) -> NodeId {
        let id = NodeId::at(self.nodes.len());
        self.nodes.push(Entry::new(data));
        id
    }

    /// Takes a node out of its parent's children; it keeps its own.
    fn detach(&mut self, id: NodeId) {
        let Entry {
            parent,
            prev_sibling,
            next_sibling,
            ..
        } = *self.entry(id);
        let Some(parent) = parent else { return };
        let entry = self.entry_mut(id);
        entry.parent = None;
        entry.prev_sibling = None;
        entry.next_sibling = None;
        match prev_sibling {
            Some(prev) => self.entry_mut(prev).next_sibling = next_sibling,
            None => self.entry_mut(parent).first_child = next_sibling,
        }
        match next_sibling {
            Some(next) => self.entry_mut(next).prev_sibling = prev_sibling,
            None => self.entry_mut(parent).last_child = prev_sibling,
        }
    }

    /// Makes `child` the last child of `parent`, taking it from where it was.
    fn append(&mut self, parent: NodeId, child: NodeId) {
        let last = self.entry(parent).last_child;
        if last == Some(child) {
            return;
        }
        self.detach(child);
        let entry = self.entry_mut(child);
        entry.parent = Some(parent);
        entry.prev_sibling = last;
        match last {
            Some(last) => self.entry_mut(last).next_sibling = Some(child),
            None => self.entry_mut(parent).first_child = Some(child),
        }
        self.entry_mut(parent).last_child = Some(child);
    }

    /// Puts `node` right before `sibling`, which has a parent, taking it from where it was.
    fn insert_before(&mut self, sibling: NodeId, node: NodeId) {
        self.detach(node);
        let Entry {
            parent, prev_sibling, ..
        } = *self.entry(sibling);
        let entry = self.entry_mut(node);
        entry.parent = parent;
        entry.prev_sibling = prev_sibling;
        entry.next_sibling = Some(sibling);
        match prev_sibling {
            Some(prev) => self.entry_mut(prev).next_sibling = Some(node),
            None => {
                if let Some(parent) = parent {
                    self.entry_mut(parent).first_child = Some(node);
                }
            }
        }
        self.entry_mut(sibling).prev_sibling = Some(node);
    }

    /// Adds `text` to the end of `node` if it is a text, and says whether it was.
    fn extend_text(&mut self, node: Option<NodeId>, text: &StrTendril) -> bool {
        match node.map(|n| &mut self.entry_mut(n).data) {
            Some(Data::Text(existing)) => {
                existing.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    /// Makes an element of `name` with `attrs`; a template gets the fragment of its content.
    fn create_element(&mut self, name: QualName, attrs: Vec<Attribute>) -> NodeId {
        let template = name.expanded() == expanded_name!(html "template");
        self.elements += 1;
        let attrs_start = self.attrs_len();
        let mut attrs = attrs;
        self.attrs.append(&mut attrs);
        give_back(attrs);
        let attrs_end = self.attrs_len();
        self.attrs[attrs_start as usize..].sort_unstable_by(by_name);
        let element = self.push(Data::Element {
            name,
            attrs_start,
            attrs_end,
        });
        if template {
            let content = self.push(Data::Fragment);
            self.append(element, content);
        }
        element
    }

    fn attrs_len(&self) -> u32 {
        u32::try_from(self.attrs.len()).expect("fewer than 2^32 attributes")
    }

    /// Gives an element those of `attrs` whose names it lacks (a second `<html>` or `<body>`
    /// tag's). Its attributes move to the end of the shared vector, where there is room.
    fn add_attrs_if_missing(&mut self, element: NodeId, attrs: Vec<Attribute>) {
        let Data::Element {
            attrs_start, attrs_end, ..
        } = self.entry(element).data
        else {
            return;
        };
        let (start, end) = (attrs_start as usize, attrs_end as usize);
        let missing: Vec<Attribute> = attrs
            .into_iter()
            .filter(|a| !self.attrs[start..end].iter().any(|b| b.name == a.name))
            .collect();
        if missing.is_empty() {
            return;
        }
        let new_start = self.attrs_len();
        let own: Vec<Attribute> = self.attrs[start..end].to_vec();
        self.attrs.extend(own);
        self.attrs.extend(missing);
        let new_end = self.attrs_len();
        self.attrs[new_start as usize..].sort_unstable_by(by_name);
        if let Data::Element {
            attrs_start, attrs_end, ..
        } = &mut self.entry_mut(element).data
        {
            *attrs_start = new_start;
            *attrs_end = new_end;
        }
    }
}

/// Attributes in the order of their names, as `QualName` orders them. Most attributes have
/// no prefix and the same namespace, which leaves their local names to compare; those most
/// often differ in their first letter, compared before the rest of the text.
fn by_name(a: &Attribute, b: &Attribute) -> Ordering {
    let (x, y) = (&a.name, &b.name);
    if x.prefix.is_some() || y.prefix.is_some() || x.ns != y.ns {
        return x.cmp(y);
    }
    let (x, y): (&str, &str) = (&x.local, &y.local);
    x.as_bytes().first().cmp(&y.as_bytes().first()).then_with(|| x.cmp(y))
}

impl Entry {
    fn new(data: Data) -> Entry {
        Entry {
            parent: None,
            prev_sibling: None,
            next_sibling: None,
            first_child: None,
            last_child: None,
            data,
        }
    }
}

/// What a node is, as the walk reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Node<'a> {
    Document,
    Fragment,
    Doctype,
    Comment,
    ProcessingInstruction,
    Text(&'a str),
    Element(Element<'a>),
}

/// An element's name and attributes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Element<'a> {
    qual_name: &'a QualName,
    attrs: &'a [Attribute],
}

impl<'a> Element<'a> {
    /// The tag's name (its local name).
    pub fn name(&self) -> &'a str {
        &self.qual_name.local
    }

    /// The tag's name with its namespace.
    #[cfg(test)]
    pub fn qual_name(&self) -> &'a QualName {
        self.qual_name
    }

    /// The attributes, local name and value, sorted by name.
    pub fn attrs(&self) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.attrs.iter().map(|a| (&*a.name.local, &*a.value))
    }

    /// The attributes as html5ever made them.
    #[cfg(test)]
    pub fn raw_attrs(&self) -> &'a [Attribute] {
        self.attrs
    }

    /// The value of the attribute of `name` in no namespace.
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns == ns!() && &*a.name.local == name)
            .map(|a| &*a.value)
    }
}

/// A node of a [`Tree`], to read it and move to its neighbours.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NodeRef<'a> {
    tree: &'a Tree,
    id: NodeId,
}

impl PartialEq for NodeRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && std::ptr::eq(self.tree, other.tree)
    }
}

impl<'a> NodeRef<'a> {
    pub fn id(&self) -> NodeId {
        self.id
    }

    pub fn value(&self) -> Node<'a> {
        match &self.tree.entry(self.id).data {
            Data::Document => Node::Document,
            Data::Fragment => Node::Fragment,
            Data::Doctype => Node::Doctype,
            Data::Comment => Node::Comment,
            Data::ProcessingInstruction => Node::ProcessingInstruction,
            Data::Text(text) => Node::Text(text),
            Data::Element {
                name,
                attrs_start,
                attrs_end,
            } => Node::Element(Element {
                qual_name: name,
                attrs: &self.tree.attrs[*attrs_start as usize..*attrs_end as usize],
            }),
        }
    }

    pub fn as_element(&self) -> Option<Element<'a>> {
        match self.value() {
            Node::Element(element) => Some(element),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&'a str> {
        match &self.tree.entry(self.id).data {
            Data::Text(text) => Some(text),
            _ => None,
        }
    }

    fn link(&self, link: Option<NodeId>) -> Option<NodeRef<'a>> {
        link.map(|id| self.tree.get(id))
    }

    pub fn parent(&self) -> Option<NodeRef<'a>> {
        self.link(self.tree.entry(self.id).parent)
    }

    pub fn first_child(&self) -> Option<NodeRef<'a>> {
        self.link(self.tree.entry(self.id).first_child)
    }

    #[cfg(test)]
    pub fn last_child(&self) -> Option<NodeRef<'a>> {
        self.link(self.tree.entry(self.id).last_child)
    }

    pub fn next_sibling(&self) -> Option<NodeRef<'a>> {
        self.link(self.tree.entry(self.id).next_sibling)
    }

    pub fn prev_sibling(&self) -> Option<NodeRef<'a>> {
        self.link(self.tree.entry(self.id).prev_sibling)
    }

    /// The children, first to last.
    pub fn children(&self) -> impl Iterator<Item = NodeRef<'a>> {
        std::iter::successors(self.first_child(), NodeRef::next_sibling)
    }

    /// The siblings before this node, nearest first.
    pub fn prev_siblings(&self) -> impl Iterator<Item = NodeRef<'a>> {
        std::iter::successors(self.prev_sibling(), NodeRef::prev_sibling)
    }

    /// The ancestors, nearest first.
    pub fn ancestors(&self) -> impl Iterator<Item = NodeRef<'a>> {
        std::iter::successors(self.parent(), NodeRef::parent)
    }

    /// This node and every node under it, in document order.
    pub fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> {
        self.traverse().filter_map(|edge| match edge {
            Edge::Open(node) => Some(node),
            Edge::Close(_) => None,
        })
    }

    /// This node's subtree in document order, each node opened before its children and
    /// closed after them.
    pub fn traverse(&self) -> Traverse<'a> {
        Traverse {
            root: *self,
            next: Some(Edge::Open(*self)),
        }
    }
}

/// A step of a [`Traverse`]: into a node, or out of it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Edge<'a> {
    Open(NodeRef<'a>),
    Close(NodeRef<'a>),
}

/// The edges of a subtree in document order, followed by the links without a stack.
#[derive(Debug)]
pub(crate) struct Traverse<'a> {
    root: NodeRef<'a>,
    next: Option<Edge<'a>>,
}

impl<'a> Iterator for Traverse<'a> {
    type Item = Edge<'a>;

    fn next(&mut self) -> Option<Edge<'a>> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(node) => Some(node.first_child().map_or(Edge::Close(node), Edge::Open)),
            Edge::Close(node) if node.id == self.root.id => None,
            Edge::Close(node) => match node.next_sibling() {
                Some(sibling) => Some(Edge::Open(sibling)),
                None => node.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

/// Emptied vectors of attributes kept for the next tags to be read: a tag's attributes come in
/// a vector of their own, which the tree empties into its shared one; kept, its room serves
/// the next tag, where each tag would allocate and free one.
const MAX_SPARE_ATTRS: usize = 16;

thread_local! {
    static SPARE_ATTRS: RefCell<Vec<Vec<Attribute>>> = const { RefCell::new(Vec::new()) };
}

/// An empty vector for a tag's attributes, with room if an emptied one is spare.
pub(crate) fn spare_attrs() -> Vec<Attribute> {
    SPARE_ATTRS.with_borrow_mut(Vec::pop).unwrap_or_default()
}

/// Keeps an emptied vector of attributes for [`spare_attrs`], if it has room and few are kept.
fn give_back(attrs: Vec<Attribute>) {
    debug_assert!(attrs.is_empty());
    if attrs.capacity() > 0 {
        SPARE_ATTRS.with_borrow_mut(|spare| {
            if spare.len() < MAX_SPARE_ATTRS {
                spare.push(attrs);
            }
        });
    }
}

/// Bytes of markup per node, and per attribute, on pages as served (scripts and style sheets
/// included), a little more than most have: room made for this many is seldom made again.
const BYTES_PER_NODE: usize = 128;
const BYTES_PER_ATTRIBUTE: usize = 128;

/// Builds a [`Tree`] for html5ever's tree builder.
pub(crate) struct Sink {
    tree: RefCell<Tree>,
}

impl Sink {
    /// A sink for a whole document.
    pub fn document() -> Sink {
        Sink {
            tree: RefCell::new(Tree::new(Data::Document)),
        }
    }

    /// A sink for a whole document of `bytes` bytes, with room made at once for the nodes and
    /// attributes such a page usually has: grown from nothing, the vectors would be copied
    /// over and over as they double.
    pub fn document_of(bytes: usize) -> Sink {
        let mut tree = Tree::new(Data::Document);
        tree.nodes.reserve(bytes / BYTES_PER_NODE);
        tree.attrs.reserve(bytes / BYTES_PER_ATTRIBUTE);
        Sink {
            tree: RefCell::new(tree),
        }
    }

    /// A sink for a fragment of markup.
    pub fn fragment() -> Sink {
        Sink {
            tree: RefCell::new(Tree::new(Data::Fragment)),
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Tree;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Tree {
        self.tree.into_inner()
    }

    // The page is read however broken it is: its errors change nothing.
    fn parse_error(&self, _message: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId::ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.tree.borrow(), |tree| match &tree.entry(*target).data {
            Data::Element { name, .. } => name,
            _ => panic!("the tree builder asks only elements their names"),
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _flags: ElementFlags) -> NodeId {
        self.tree.borrow_mut().create_element(name, attrs)
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.tree.borrow_mut().push(Data::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.tree.borrow_mut().push(Data::ProcessingInstruction)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        match child {
            NodeOrText::AppendNode(node) => tree.append(*parent, node),
            NodeOrText::AppendText(text) => {
                let last = tree.entry(*parent).last_child;
                if !tree.extend_text(last, &text) {
                    let node = tree.push(Data::Text(text));
                    tree.append(*parent, node);
                }
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        let has_parent = self.tree.borrow().entry(*element).parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {
        let mut tree = self.tree.borrow_mut();
        let doctype = tree.push(Data::Doctype);
        tree.append(NodeId::ROOT, doctype);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.tree
            .borrow()
            .entry(*target)
            .first_child
            .expect("a template holds the fragment of its content")
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    // Nothing reads the quirks mode: the walk does not lay the page out.
    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        if let NodeOrText::AppendNode(node) = new_node {
            tree.detach(node);
        }
        if tree.entry(*sibling).parent.is_none() {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(node) => tree.insert_before(*sibling, node),
            NodeOrText::AppendText(text) => {
                let prev = tree.entry(*sibling).prev_sibling;
                if !tree.extend_text(prev, &text) {
                    let node = tree.push(Data::Text(text));
                    tree.insert_before(*sibling, node);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.tree.borrow_mut().add_attrs_if_missing(*target, attrs);
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.tree.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut tree = self.tree.borrow_mut();
        let Entry {
            first_child,
            last_child,
            ..
        } = *tree.entry(*node);
        let (Some(first), Some(last)) = (first_child, last_child) else {
            return;
        };
        let from = tree.entry_mut(*node);
        from.first_child = None;
        from.last_child = None;
        let mut child = Some(first);
        while let Some(c) = child {
            let entry = tree.entry_mut(c);
            entry.parent = Some(*new_parent);
            child = entry.next_sibling;
        }
        match tree.entry(*new_parent).last_child {
            Some(old_last) => {
                tree.entry_mut(old_last).next_sibling = Some(first);
                tree.entry_mut(first).prev_sibling = Some(old_last);
            }
            None => tree.entry_mut(*new_parent).first_child = Some(first),
        }
        tree.entry_mut(*new_parent).last_child = Some(last);
    }
}
