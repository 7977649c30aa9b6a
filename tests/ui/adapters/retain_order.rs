// `retain` visits every element once, in order.
fn main() {
    let mut v = vec![5, 3, 8, 1];
    let mut seen = Vec::new();
    v.retain(|&x| {
        seen.push(x);
        x > 2
    });
    println!("{:?} {:?}", v, seen);
}
