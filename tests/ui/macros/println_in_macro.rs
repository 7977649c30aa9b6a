macro_rules! log {
    ($level:ident: $($arg:tt)*) => {
        print!("[{}] ", level_name!($level));
        println!($($arg)*);
    };
}

macro_rules! level_name {
    (info) => {
        "INFO"
    };
    (warn) => {
        "WARN"
    };
}

fn main() {
    let n = 3;
    log!(info: "started with {} items", n);
    log!(warn: "{:>5}|", n * 2);
}
