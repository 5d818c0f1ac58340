//! Cycle detection among message and term references (Tarjan's algorithm).

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The IDs that refer back to themselves through their references: the members of
/// strongly connected components with a cycle (Tarjan's algorithm). Iterative and linear, so
/// a file of thousands of chained references costs neither stack nor quadratic time.
pub(crate) fn on_cycles(graph: &BTreeMap<String, Vec<String>>) -> BTreeSet<&str> {
    const UNSEEN: usize = usize::MAX;
    let ids: Vec<&str> = graph.keys().map(String::as_str).collect();
    let position: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    // References to undefined IDs were reported above and lead nowhere.
    let edges: Vec<Vec<usize>> = graph
        .values()
        .map(|targets| {
            targets
                .iter()
                .filter_map(|target| position.get(target.as_str()).copied())
                .collect()
        })
        .collect();
    let mut order = vec![UNSEEN; ids.len()];
    let mut low = vec![0; ids.len()];
    let mut on_stack = vec![false; ids.len()];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut out = BTreeSet::new();
    for root in 0..ids.len() {
        if order[root] != UNSEEN {
            continue;
        }
        order[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        // Each frame: a node and how many of its edges have been followed.
        let mut work = vec![(root, 0)];
        while let Some(frame) = work.last_mut() {
            let node = frame.0;
            if let Some(&target) = edges[node].get(frame.1) {
                frame.1 += 1;
                if order[target] == UNSEEN {
                    order[target] = next;
                    low[target] = next;
                    next += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(order[target]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                if component.len() > 1 || edges[node].contains(&node) {
                    out.extend(component.into_iter().map(|member| ids[member]));
                }
            }
        }
    }
    out
}
