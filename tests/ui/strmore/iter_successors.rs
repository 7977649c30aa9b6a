use std::iter::successors;

fn main() {
    let powers: Vec<u32> = successors(Some(1u32), |x| x.checked_mul(10)).take(5).collect();
    println!("{:?}", powers);
    let collatz: Vec<u64> = successors(Some(6u64), |&n| {
        if n == 1 { None } else if n % 2 == 0 { Some(n / 2) } else { Some(3 * n + 1) }
    })
    .collect();
    println!("{:?}", collatz);
    println!("{}", successors(None::<i32>, |x| Some(x + 1)).count());
}
