fn sign(n: i32) -> std::cmp::Ordering {
    n.cmp(&0)
}

fn main() {
    println!("{:?} {:?} {:?}", sign(-5), sign(0), sign(12));
    let best = std::cmp::max(sign(1), sign(-1));
    println!("{:?}", best);
}
