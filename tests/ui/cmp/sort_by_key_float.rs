struct Item {
    weight: f64,
}

fn main() {
    let mut items = vec![Item { weight: 2.0 }, Item { weight: 0.5 }];
    items.sort_by_key(|i| i.weight);
    println!("{}", items[0].weight);
}
