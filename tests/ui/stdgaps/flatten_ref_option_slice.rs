fn total(scores: &[Option<u32>]) -> u32 {
    scores.iter().flatten().sum()
}

fn main() {
    let scores = [Some(3), None, Some(4)];
    println!("{}", total(&scores));
    let best = scores.iter().flatten().max();
    println!("{:?}", best);
    let count = scores.iter().flatten().count();
    println!("{}", count);
}
