// A boxed closure passed by value and returned from a function.
fn pick(flag: bool) -> Box<dyn Fn(u8) -> bool> {
    if flag {
        Box::new(|b| b % 2 == 0)
    } else {
        Box::new(|b| b > 100)
    }
}

fn count(bytes: &[u8], pred: Box<dyn Fn(u8) -> bool>) -> usize {
    let mut n = 0;
    for &b in bytes {
        if pred(b) {
            n += 1;
        }
    }
    n
}

fn main() {
    let data = [2, 3, 150, 8, 201];
    println!("{} {}", count(&data, pick(true)), count(&data, pick(false)));
}
