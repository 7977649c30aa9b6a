fn main() {
    let temps = vec![18, 21, 25];
    let mut total = 0;
    for t in &temps {
        total += t;
    }
    println!("total {} over {:?}", total, temps);
}
