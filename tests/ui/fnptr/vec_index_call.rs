fn inc(x: i32) -> i32 {
    x + 1
}

fn neg(x: i32) -> i32 {
    -x
}

fn main() {
    let ops: Vec<fn(i32) -> i32> = vec![inc, neg, inc];
    for i in 0..ops.len() {
        println!("{}", ops[i](10));
    }
}
