// Arrays reach `iter()` by unsizing to a slice.
fn main() {
    let a = [2, 4, 6, 8];
    let total: i32 = a.iter().sum();
    let first_big = a.iter().find(|&&x| x > 4);
    let pos = a.iter().position(|&x| x == 6);
    println!("{} {:?} {:?}", total, first_big, pos);
    println!("{}", a.iter().any(|&x| x == 8));
    println!("{}", a.iter().all(|x| *x % 2 == 0));
}
