use std::collections::HashMap;

fn main() {
    let edges = [("a", "b"), ("a", "c"), ("b", "c")];
    let mut graph: HashMap<&str, HashMap<String, u32>> = HashMap::new();
    for (from, to) in edges {
        *graph.entry(from).or_insert_with(|| HashMap::new()).entry(to.to_string()).or_insert(0) += 1;
    }
    println!("{} {}", graph["a"].len(), graph["b"].len());
    println!("{:?}", graph["b"]);
    println!("{}", graph.contains_key("c"));
}
