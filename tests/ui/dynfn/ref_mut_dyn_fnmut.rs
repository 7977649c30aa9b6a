// `&mut dyn FnMut` lets a function call a stateful closure it does not own.
fn each(items: &[i32], f: &mut dyn FnMut(i32)) {
    for &x in items {
        f(x);
    }
}

fn main() {
    let mut sum = 0;
    let mut seen = Vec::new();
    each(&[3, 1, 4], &mut |x| sum += x);
    each(&[1, 5], &mut |x| seen.push(x * 10));
    println!("{} {:?}", sum, seen);
}
