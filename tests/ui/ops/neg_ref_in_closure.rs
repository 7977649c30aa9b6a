// `-x` on `&{integer}` (std has `Neg for &i32`), also in a closure whose parameter type is inferred later.
fn main() {
    let a = &5;
    let b = -a;
    let c: &i64 = &7;
    let d = -c;
    let f = &2.5;
    println!("{} {} {} {}", b, d, -f, !&true);
    let mut v = vec![3, 1, 2];
    v.sort_by_key(|x| -x);
    println!("{:?}", v);
}
