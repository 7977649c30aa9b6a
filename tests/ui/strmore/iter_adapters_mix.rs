fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{:?}", v.iter().max_by_key(|x| **x % 5));
    println!("{:?}", v.iter().min_by(|a, b| b.cmp(a)));
    let f: f64 = [0.5, 1.25, 2.0].iter().sum();
    println!("{}", f);
    let run: Vec<i32> = v.iter().scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", run);
    let doubled: Vec<i32> = v.iter().inspect(|x| print!("<{}>", x)).map(|x| x * 2).collect();
    println!();
    println!("{:?}", doubled);
    println!("{:?} {:?} {:?}", v.iter().last(), v.iter().nth(2), v.iter().nth(20));
    let c: Vec<i32> = v.iter().cycle().take(11).cloned().collect();
    println!("{:?}", c);
    let small: Vec<i32> = v.iter().map_while(|x| if *x < 5 { Some(*x) } else { None }).collect();
    println!("{:?}", small);
    let mut it = v.iter().fuse();
    while let Some(_) = it.next() {}
    println!("{:?}", it.next());
}
