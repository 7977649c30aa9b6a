fn run(line: &str, total: &mut i32) {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["add", n] => *total += n.parse::<i32>().unwrap(),
        ["sub", n] => *total -= n.parse::<i32>().unwrap(),
        ["reset"] => *total = 0,
        ["say", rest @ ..] => println!("{}", rest.join(" ")),
        [] => println!("empty line"),
        [cmd, ..] => println!("unknown command: {cmd}"),
    }
}

fn main() {
    let mut total = 0;
    for line in ["add 5", "add 10", "sub 3", "say hello there world", "", "jump 4"] {
        run(line, &mut total);
        println!("total = {total}");
    }
    run("reset", &mut total);
    println!("total = {total}");
}
