type Op = Box<dyn Fn(i32) -> i32>;

fn ops() -> Vec<Op> {
    vec![Box::new(|x| x + 1), Box::new(|x| x * 10)]
}

fn main() {
    let mut v = 2;
    for op in ops() {
        v = op(v);
    }
    println!("{}", v);
}
