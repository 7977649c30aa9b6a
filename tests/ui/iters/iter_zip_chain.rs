// `zip` and `chain` over slice iterators.
fn main() {
    let a = vec![1, 2, 3];
    let b = [10, 20, 30];
    for (x, y) in a.iter().zip(b.iter()) {
        println!("{}", x + y);
    }
    let all: i32 = a.iter().chain(b.iter()).sum();
    println!("{}", all);
}
