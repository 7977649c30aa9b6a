struct Order {
    items: Vec<String>,
}

fn main() {
    let orders = vec![
        Order { items: vec!["tea".to_string(), "cake".to_string()] },
        Order { items: vec!["soup".to_string()] },
    ];
    let all: Vec<&String> = orders.iter().flat_map(|o| &o.items).collect();
    println!("{:?}", all);
    let lens: usize = orders.iter().flat_map(|o| o.items.iter()).map(|s| s.len()).sum();
    println!("{}", lens);
}
