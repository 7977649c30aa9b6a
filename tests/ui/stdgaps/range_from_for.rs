fn main() {
    let mut total = 0;
    for i in 1.. {
        if i * i > 50 {
            break;
        }
        total += i;
    }
    println!("{}", total);
    let words = vec!["red", "green"];
    for (n, w) in (1..).zip(words.iter()) {
        println!("{}: {}", n, w);
    }
    let firsts: Vec<u64> = (1..).map(|x| x * 10).take(4).collect();
    println!("{:?}", firsts);
    let found = (100..).find(|x| x % 7 == 0);
    println!("{:?}", found);
}
