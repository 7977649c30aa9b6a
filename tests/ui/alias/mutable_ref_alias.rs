type Stack = Vec<i32>;

fn push_twice(s: &mut Stack, v: i32) {
    s.push(v);
    s.push(v);
}

fn main() {
    let mut s: Stack = Vec::new();
    push_twice(&mut s, 4);
    let r: &Stack = &s;
    println!("{:?} {}", r, r.len());
}
