fn main() {
    let mut scores = vec![10, 20];
    let bonus = vec![5, 7];
    scores.extend(&bonus);
    println!("{:?} still has {:?}", scores, bonus);
}
