fn countdown(from: u8) -> std::ops::Range<u8> {
    0..from
}

fn main() {
    let labels: Vec<String> = countdown(3).map(|n| n * 2).collect();
    println!("{:?}", labels);
}
