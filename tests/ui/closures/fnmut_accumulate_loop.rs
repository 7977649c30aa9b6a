// An FnMut closure called in a loop, then the captured values are used again.
fn main() {
    let mut sum = 0;
    let mut largest = i32::MIN;
    let mut add = |v: i32| {
        sum += v;
        if v > largest {
            largest = v;
        }
    };
    for v in [4, -2, 9, 1] {
        add(v);
    }
    println!("sum={} largest={}", sum, largest);
}
