// Borrows of different fields of one struct or tuple do not conflict.
struct Pair {
    left: i32,
    right: i32,
}

fn main() {
    let mut p = Pair { left: 1, right: 2 };
    let l = &mut p.left;
    let r = &mut p.right;
    *l += 10;
    *r += 20;
    let peek = &p.left;
    p.right += *peek;
    println!("{} {}", p.left, p.right);
    let mut t = (1, 2);
    let a = &mut t.0;
    let b = &t.1;
    *a += *b;
    println!("{:?}", t);
}
