struct Op {
    op: fn(i32) -> i32,
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let o = Op { op: inc };
    println!("{}", o.op(7));
}
