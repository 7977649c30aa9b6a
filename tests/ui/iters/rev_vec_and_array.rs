// `rev` on slice iterators and on `into_iter()`.
fn main() {
    let v = vec![1, 2, 3];
    for x in v.iter().rev() {
        print!("{} ", x);
    }
    println!();
    let a = ["x", "y", "z"];
    for (i, s) in a.iter().rev().enumerate() {
        print!("{}{} ", i, s);
    }
    println!();
    for s in a.into_iter().rev() {
        print!("{} ", s);
    }
    println!();
}
