//! The pattern visitor: everything a Fluent pattern refers to, with slices for positions.

use fluent_syntax::ast;

/// A select expression's shape.
pub(crate) struct Select<'a> {
    pub(crate) variable: Option<&'a str>,
    pub(crate) selector_slice: &'a str,
    /// Key, whether it is a number literal, and its slice.
    pub(crate) keys: Vec<(&'a str, bool, &'a str)>,
    /// Key, whether the variant's pattern uses the selector variable, and the key's slice.
    pub(crate) variant_uses: Vec<(&'a str, bool, &'a str)>,
}

/// Everything a pattern refers to, with slices for positions.
#[derive(Default)]
pub(crate) struct Walk<'a> {
    pub(crate) text: Vec<&'a str>,
    pub(crate) text_slices: Vec<&'a str>,
    pub(crate) first_slice: Option<&'a str>,
    pub(crate) literals: Vec<&'a str>,
    pub(crate) variables: Vec<(&'a str, &'a str)>,
    pub(crate) functions: Vec<(&'a str, &'a str)>,
    pub(crate) references: Vec<(String, &'a str)>,
    pub(crate) selects: Vec<Select<'a>>,
}

impl<'a> Walk<'a> {
    pub(crate) fn pattern(&mut self, pattern: &ast::Pattern<&'a str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    self.first_slice.get_or_insert(value);
                    self.text.push(value);
                    self.text_slices.push(value);
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'a str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let variable = match selector {
                    ast::InlineExpression::VariableReference { id } => Some(id.name),
                    ast::InlineExpression::FunctionReference { arguments, .. } => {
                        arguments.positional.iter().find_map(|arg| match arg {
                            ast::InlineExpression::VariableReference { id } => Some(id.name),
                            _ => None,
                        })
                    }
                    _ => None,
                };
                let selector_slice = self.variables.last().map_or("", |(_, slice)| *slice);
                let mut select = Select {
                    variable,
                    selector_slice,
                    keys: Vec::new(),
                    variant_uses: Vec::new(),
                };
                for variant in variants {
                    let (key, numeric) = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name, false),
                        ast::VariantKey::NumberLiteral { value } => (*value, true),
                    };
                    select.keys.push((key, numeric, key));
                    let mut inner = Walk::default();
                    inner.pattern(&variant.value);
                    let uses =
                        variable.is_some_and(|v| inner.variables.iter().any(|(n, _)| *n == v));
                    if !numeric {
                        select.variant_uses.push((key, uses, key));
                    }
                    self.absorb(inner);
                }
                self.selects.push(select);
            }
        }
    }

    fn absorb(&mut self, inner: Walk<'a>) {
        self.text.extend(inner.text);
        self.text_slices.extend(inner.text_slices);
        if self.first_slice.is_none() {
            self.first_slice = inner.first_slice;
        }
        self.literals.extend(inner.literals);
        self.variables.extend(inner.variables);
        self.functions.extend(inner.functions);
        self.references.extend(inner.references);
        self.selects.extend(inner.selects);
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'a str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.first_slice.get_or_insert(id.name);
                self.variables.push((id.name, id.name));
            }
            ast::InlineExpression::FunctionReference { id, arguments } => {
                self.first_slice.get_or_insert(id.name);
                self.functions.push((id.name, id.name));
                for argument in &arguments.positional {
                    self.inline(argument);
                }
                for named in &arguments.named {
                    self.inline(&named.value);
                }
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.first_slice.get_or_insert(id.name);
                self.references.push((id.name.to_owned(), id.name));
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.first_slice.get_or_insert(id.name);
                self.references.push((format!("-{}", id.name), id.name));
                if let Some(arguments) = arguments {
                    for argument in &arguments.positional {
                        self.inline(argument);
                    }
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { value }
            | ast::InlineExpression::NumberLiteral { value } => {
                self.first_slice.get_or_insert(value);
            }
        }
    }
}
