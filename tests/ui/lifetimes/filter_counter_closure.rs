fn count_over(v: &[u32], limit: u32) -> Vec<&u32> {
    let mut seen = 0;
    let picked: Vec<&u32> = v
        .iter()
        .filter(|x| {
            seen += 1;
            **x > limit
        })
        .collect();
    println!("looked at {}", seen);
    picked
}

fn main() {
    let v = vec![3, 10, 12, 1];
    println!("{:?}", count_over(&v, 5));
}
