fn main() {
    let mut count = 0;
    let counter = std::iter::from_fn(|| {
        count += 1;
        if count <= 3 { Some(count * 10) } else { None }
    });
    let got: Vec<i32> = counter.collect();
    println!("{:?}", got);
    let mut a = 0u64;
    let mut b = 1u64;
    let fib: Vec<u64> = std::iter::from_fn(move || {
        let r = a;
        a = b;
        b += r;
        Some(r)
    })
    .take(10)
    .collect();
    println!("{:?}", fib);
}
