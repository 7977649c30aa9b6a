// An iterator is consumed by `count`; using it again for `sum` is a use after move.
fn main() {
    let scores = vec![12, 7, 30];
    let it = scores.iter();
    let how_many = it.count();
    let total: i32 = it.sum();
    println!("{total} / {how_many}");
}
