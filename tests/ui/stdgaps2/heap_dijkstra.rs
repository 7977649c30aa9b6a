use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn shortest(adj: &Vec<Vec<(usize, u64)>>, start: usize) -> Vec<Option<u64>> {
    let mut dist: Vec<Option<u64>> = vec![None; adj.len()];
    let mut queue = BinaryHeap::new();
    dist[start] = Some(0);
    queue.push((Reverse(0u64), start));
    while let Some((Reverse(d), node)) = queue.pop() {
        if let Some(best) = dist[node] {
            if d > best {
                continue;
            }
        }
        for &(next, w) in &adj[node] {
            let nd = d + w;
            let better = match dist[next] {
                None => true,
                Some(old) => nd < old,
            };
            if better {
                dist[next] = Some(nd);
                queue.push((Reverse(nd), next));
            }
        }
        println!("visited {} at {}, queue {:?}", node, d, queue);
    }
    dist
}

fn main() {
    let mut adj: Vec<Vec<(usize, u64)>> = vec![Vec::new(); 5];
    let edges = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5)];
    for (a, b, w) in edges {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let dist = shortest(&adj, 0);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("{} -> {}", i, d),
            None => println!("{} unreachable", i),
        }
    }
}
